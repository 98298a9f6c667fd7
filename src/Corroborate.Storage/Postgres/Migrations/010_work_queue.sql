-- Scale-out (docs/scale-out.md). Workers stage the batches they annotated here; the assigner commits them in
-- publication order (submission time, then seq) and drops the payload. A dead batch was given up on after
-- repeated failures; the assigner goes on past it, and a replay stages it again. Times are ISO 8601 text.
CREATE TABLE queue_batches (
    submission TEXT NOT NULL,
    submitted  TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    is_last    INTEGER NOT NULL,
    state      TEXT NOT NULL,
    payload    BYTEA,
    articles   INTEGER NOT NULL,
    skipped    INTEGER NOT NULL,
    reason     TEXT,
    worker     TEXT,
    updated    TEXT NOT NULL,
    PRIMARY KEY (submission, seq)
);
CREATE INDEX queue_batches_state ON queue_batches (state, submitted);
-- One row per worker or assigner process, updated as it goes: what status shows as consumers, rates and errors.
CREATE TABLE queue_processes (
    id          TEXT PRIMARY KEY,
    role        TEXT NOT NULL,
    host        TEXT NOT NULL,
    pid         INTEGER NOT NULL,
    started     TEXT NOT NULL,
    seen        TEXT NOT NULL,
    batches     INTEGER NOT NULL,
    articles    INTEGER NOT NULL,
    cpu_seconds DOUBLE PRECISION NOT NULL,
    failures    INTEGER NOT NULL,
    last_error  TEXT
);
