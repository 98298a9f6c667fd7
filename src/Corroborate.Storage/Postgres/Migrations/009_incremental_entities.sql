-- Incremental entity resolution. Each per-article entity records the entity it belongs to, and is indexed by
-- the keys (LocalEntityKeys) through which an ingest finds the stored entities new names could join, so that
-- only those are resolved again. Entity seq is the position of the entity's first per-article entity
-- (article seq * 2^20 + ordinal). Entities resolved before this are dropped: their per-article entities, in
-- no entity, are resolved (and indexed) with the next ingest's.
ALTER TABLE local_entities ADD COLUMN entity_id TEXT;
CREATE INDEX local_entities_entity ON local_entities (entity_id);
CREATE TABLE local_entity_keys (
    lookup_key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    ordinal    INTEGER NOT NULL,
    FOREIGN KEY (article_id, ordinal) REFERENCES local_entities (article_id, ordinal) ON DELETE CASCADE
);
CREATE INDEX local_entity_keys_key ON local_entity_keys (lookup_key);
CREATE INDEX local_entity_keys_local ON local_entity_keys (article_id, ordinal);
DELETE FROM entity_mentions;
DELETE FROM entities;
ALTER TABLE entities ALTER COLUMN seq TYPE BIGINT;
