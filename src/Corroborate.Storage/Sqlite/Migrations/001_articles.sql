-- Articles keyed by the hash of their normalised text; seq keeps ingest order for stable output.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    seq           INTEGER NOT NULL UNIQUE,
    source        TEXT,
    url           TEXT,
    title         TEXT,
    published     TEXT,
    language      TEXT,
    author        TEXT,
    path          TEXT,
    format        TEXT NOT NULL,
    text          TEXT NOT NULL,
    original      TEXT NOT NULL,
    offsets       TEXT NOT NULL,
    paragraphs    TEXT NOT NULL,
    removed_lines TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
