-- The per-article stages' annotations (mentions, dates, figures, claims, quotes) as one encoded value per
-- article, so that analysis and the web read them instead of running the NLP stages again. `version` names the
-- code that made them; a reader with other code ignores the row and annotates the article afresh.
CREATE TABLE article_annotations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version    TEXT NOT NULL,
    data       BLOB NOT NULL
);
