-- Entity resolution. local_entities: each article's entities as its own coreference found them (the input
-- of corpus resolution); entities and entity_mentions: the canonical entities of the whole corpus.
CREATE TABLE local_entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    type       TEXT NOT NULL,
    mentions   TEXT NOT NULL,
    acronyms   TEXT NOT NULL,
    expansion  TEXT,
    PRIMARY KEY (article_id, ordinal)
);
CREATE TABLE entities (
    id        TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL UNIQUE,
    canonical TEXT NOT NULL,
    type      TEXT NOT NULL,
    variants  TEXT NOT NULL
);
CREATE TABLE entity_mentions (
    entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (entity_id, seq)
);
CREATE INDEX entity_mentions_article ON entity_mentions (article_id);
