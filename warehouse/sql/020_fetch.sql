-- Fetch feature: the archive index, per-URL HTTP validators, failures and section walks.

-- One row per archived response or revisit record; (warc_file, "offset", length) reads
-- the record back alone. capture_id is the WARC-Record-ID. `offset` is a keyword in
-- SQL: quote it ("offset") in queries.
CREATE TABLE IF NOT EXISTS captures (
    capture_id     VARCHAR PRIMARY KEY,
    run_id         VARCHAR,
    url            VARCHAR NOT NULL,
    fetched_at     TIMESTAMP NOT NULL,
    status         INTEGER NOT NULL,
    record_type    VARCHAR NOT NULL,          -- response | revisit
    role           VARCHAR,                   -- release | listing | robots
    payload_digest VARCHAR,
    content_type   VARCHAR,
    warc_file      VARCHAR NOT NULL,          -- file name inside LIAISON_ARCHIVE
    "offset"       BIGINT NOT NULL,
    length         BIGINT NOT NULL,
    etag           VARCHAR,
    last_modified  VARCHAR,
    truncated      VARCHAR,                   -- WARC-Truncated reason, NULL when whole
    refers_to      VARCHAR                    -- capture holding the payload of a revisit
);
CREATE INDEX IF NOT EXISTS captures_url ON captures(url);
CREATE INDEX IF NOT EXISTS captures_digest ON captures(payload_digest);

-- URLs that could not be fetched; retried by the next run, deleted by a later success.
CREATE TABLE IF NOT EXISTS fetch_failures (
    url             VARCHAR PRIMARY KEY,
    first_failed_at TIMESTAMP NOT NULL,
    last_failed_at  TIMESTAMP NOT NULL,
    attempts        INTEGER NOT NULL,          -- requests made across all runs
    last_error      VARCHAR NOT NULL,
    run_id          VARCHAR
);

-- The validators for conditional GETs, and the digest of the last full payload.
CREATE TABLE IF NOT EXISTS url_state (
    url             VARCHAR PRIMARY KEY,
    etag            VARCHAR,
    last_modified   VARCHAR,
    payload_digest  VARCHAR,
    capture_id      VARCHAR,                   -- last capture with a full payload
    last_status     INTEGER,
    last_checked_at TIMESTAMP
);

-- Per section: how far the last walk got and the newest release seen.
CREATE TABLE IF NOT EXISTS section_watermarks (
    section          VARCHAR PRIMARY KEY,      -- section folder URL path
    newest_published DATE,
    newest_doc_id    BIGINT,
    walk_complete    BOOLEAN NOT NULL,         -- the last walk reached known releases or the end
    pages_walked     INTEGER,
    last_walked_at   TIMESTAMP
);
