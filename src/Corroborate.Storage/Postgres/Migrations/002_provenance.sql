-- Provenance stage. An article is fingerprinted once (a row in provenance_fingerprints, even when its
-- text has no words); its MinHash band keys go to the LSH bucket table, keyed by article seq to keep
-- rows small. Pairs are stored with A ingested before B; passages are JSON.
CREATE TABLE provenance_fingerprints (
    seq BIGINT PRIMARY KEY REFERENCES articles(seq)
);
CREATE TABLE provenance_buckets (
    band_key BIGINT NOT NULL,
    seq      BIGINT NOT NULL,
    PRIMARY KEY (band_key, seq)
);
CREATE TABLE provenance_copies (
    a          TEXT NOT NULL REFERENCES articles(id),
    b          TEXT NOT NULL REFERENCES articles(id),
    similarity DOUBLE PRECISION NOT NULL,
    coverage_a DOUBLE PRECISION NOT NULL,
    coverage_b DOUBLE PRECISION NOT NULL,
    passages   TEXT NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE INDEX provenance_copies_b ON provenance_copies (b);
