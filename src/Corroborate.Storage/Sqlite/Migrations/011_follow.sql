-- `follow` (docs/follow.md). One row per feed or sitemap followed: the validators of its last response (sent back as
-- If-None-Match / If-Modified-Since), when it was last fetched and with what status, when it is due again, and its
-- consecutive failures (which push the next poll further out). Times are ISO 8601 text.
CREATE TABLE follow_sources (
    url           TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    last_fetched  TEXT,
    last_status   INTEGER,
    next_due      TEXT,
    failures      INTEGER NOT NULL,
    last_error    TEXT
);
-- Every item a source listed, so that a restart does not fetch it again: keyed by the item's own id (guid, Atom id,
-- or the link when it has none), with the normalised link to catch a feed that changes its ids. The feed's title,
-- date and author are kept so that an item whose page failed with a server error can be retried later.
CREATE TABLE follow_items (
    source     TEXT NOT NULL,
    item_key   TEXT NOT NULL,
    link       TEXT NOT NULL,
    title      TEXT,
    published  TEXT,
    author     TEXT,
    article_id TEXT,
    first_seen TEXT NOT NULL,
    state      TEXT NOT NULL,
    failures   INTEGER NOT NULL,
    reason     TEXT,
    PRIMARY KEY (source, item_key)
);
CREATE INDEX follow_items_link ON follow_items (link);
CREATE INDEX follow_items_state ON follow_items (source, state);
