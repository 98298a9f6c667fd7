-- Per-story change records (docs/changes.md). After each update (one ingest run) a story it touched is compared with
-- the snapshot the previous update left: per finding key its kind, figures and sources, and its sources by outlet,
-- as JSON. A record says what the update changed; ids increase in recording order. Times are ISO 8601 text in UTC.
CREATE TABLE story_snapshots (
    story    INTEGER PRIMARY KEY,
    snapshot TEXT NOT NULL,
    updated  TEXT NOT NULL
);
CREATE TABLE story_changes (
    id       BIGSERIAL PRIMARY KEY,
    story    INTEGER NOT NULL,
    recorded TEXT NOT NULL,
    record   TEXT NOT NULL
);
CREATE INDEX story_changes_story ON story_changes (story, id);
CREATE INDEX story_changes_recorded ON story_changes (recorded);
