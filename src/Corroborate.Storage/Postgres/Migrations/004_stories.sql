-- Story stage. Stories and topics keep their centroid (JSON term -> weight) so that a later ingest
-- continues the online clustering; story_terms holds the document frequencies behind the IDF weights.
CREATE TABLE story_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE story_terms (
    term TEXT PRIMARY KEY,
    df   BIGINT NOT NULL
);
CREATE TABLE topics (
    id            INTEGER PRIMARY KEY,
    article_count INTEGER NOT NULL,
    first_seen    TEXT,
    last_seen     TEXT,
    last_day      DOUBLE PRECISION,
    last_item     BIGINT NOT NULL,
    key_terms     TEXT NOT NULL,
    centroid      TEXT NOT NULL
);
CREATE TABLE stories (
    id            INTEGER PRIMARY KEY,
    topic         INTEGER NOT NULL,
    title         TEXT,
    title_score   DOUBLE PRECISION NOT NULL,
    article_count INTEGER NOT NULL,
    first_seen    TEXT,
    last_seen     TEXT,
    last_day      DOUBLE PRECISION,
    last_item     BIGINT NOT NULL,
    key_terms     TEXT NOT NULL,
    centroid      TEXT NOT NULL,
    merged_into   INTEGER
);
CREATE TABLE story_assignments (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id   INTEGER NOT NULL,
    similarity DOUBLE PRECISION NOT NULL
);
CREATE INDEX story_assignments_story ON story_assignments (story_id);
CREATE TABLE story_merges (
    seq        BIGSERIAL PRIMARY KEY,
    into_story INTEGER NOT NULL,
    from_story INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    similarity DOUBLE PRECISION NOT NULL
);
