-- Core contract: the tables and columns analysts' SQL depends on. More columns are welcome,
-- renames are not. Every statement is idempotent: this file runs on every write connection.
-- Child tables carry no foreign keys on purpose: DuckDB checks them eagerly inside a
-- transaction, which breaks "delete the old rows of a release, insert the new ones"; the
-- `orphan_rows` quality check guards the same invariant after every write run.

CREATE TABLE IF NOT EXISTS releases (
    release_id      VARCHAR PRIMARY KEY,
    url             VARCHAR NOT NULL,
    title           VARCHAR NOT NULL,
    published_date  DATE NOT NULL,
    dateline_city   VARCHAR,
    body_text       VARCHAR NOT NULL,
    content_sha256  VARCHAR NOT NULL,
    parser_version  VARCHAR NOT NULL,
    first_seen_at   TIMESTAMP NOT NULL,
    last_seen_at    TIMESTAMP NOT NULL,
    -- beyond the contract: what dedup and "newest text wins" need
    doc_id          BIGINT,
    simhash         BIGINT,
    parse_sha256    VARCHAR,
    modified_at     TIMESTAMP,
    text_seen_at    TIMESTAMP,
    layout          VARCHAR
);

CREATE TABLE IF NOT EXISTS release_sources (
    release_id     VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    first_seen_at  TIMESTAMP NOT NULL,
    last_seen_at   TIMESTAMP NOT NULL,
    identity_key   VARCHAR,
    content_sha256 VARCHAR,
    capture_id     VARCHAR,
    run_id         VARCHAR,
    raw_sha256     VARCHAR,
    PRIMARY KEY (release_id, url)
);
CREATE INDEX IF NOT EXISTS release_sources_key ON release_sources(identity_key);

-- Every distinct text ever kept or seen for a release, so an older version found again
-- elsewhere is still recognised after a newer one replaced it.
CREATE TABLE IF NOT EXISTS release_versions (
    content_sha256 VARCHAR PRIMARY KEY,
    release_id     VARCHAR NOT NULL,
    published_date DATE,
    first_seen_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id         VARCHAR PRIMARY KEY,
    release_id       VARCHAR NOT NULL,
    event_date       DATE,
    event_type       VARCHAR NOT NULL,
    modality         VARCHAR,
    location_city    VARCHAR,
    location_country VARCHAR,
    seq              INTEGER
);
CREATE INDEX IF NOT EXISTS events_release ON events(release_id);
-- Added after the first release of the schema: ALTER keeps older warehouses current.
ALTER TABLE events ADD COLUMN IF NOT EXISTS duplicate_of VARCHAR;
-- Defects a page was read despite ("no_title: ...", "not_english: ..."), joined by " | ";
-- NULL for a clean page. Refused pages go to `quarantine` instead.
ALTER TABLE releases ADD COLUMN IF NOT EXISTS warnings VARCHAR;

CREATE TABLE IF NOT EXISTS participants (
    event_id     VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    title        VARCHAR,
    party        VARCHAR,
    country_code VARCHAR,
    side         VARCHAR NOT NULL,
    seq          INTEGER
);

CREATE TABLE IF NOT EXISTS parties (
    party_id     VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,
    acronym      VARCHAR,
    country_code VARCHAR,
    first_seen_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS event_parties (
    event_id VARCHAR NOT NULL,
    party_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS event_countries (
    event_id     VARCHAR NOT NULL,
    country_code VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS countries (
    iso2   VARCHAR PRIMARY KEY,
    iso3   VARCHAR NOT NULL,
    name   VARCHAR NOT NULL,
    region VARCHAR
);

CREATE TABLE IF NOT EXISTS quarantine (
    path_or_url   VARCHAR PRIMARY KEY,
    reason        VARCHAR NOT NULL,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at  TIMESTAMP NOT NULL,
    run_id        VARCHAR
);

CREATE TABLE IF NOT EXISTS runs (
    run_id        VARCHAR PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    mode          VARCHAR NOT NULL,
    files_or_urls INTEGER NOT NULL,
    new           INTEGER NOT NULL,
    updated       INTEGER NOT NULL,
    duplicates    INTEGER NOT NULL,
    quarantined   INTEGER NOT NULL,
    events        INTEGER
);

-- One flat row per event: what most questions need without a join.
CREATE OR REPLACE VIEW v_events AS
SELECT e.event_id, e.release_id, e.event_date, e.event_type, e.modality,
       e.location_city, e.location_country, e.duplicate_of,
       r.published_date, r.title, r.url, r.dateline_city,
       coalesce((SELECT list(c.country_code ORDER BY c.country_code)
                 FROM event_countries c WHERE c.event_id = e.event_id), []) AS countries,
       coalesce((SELECT list(p.name ORDER BY p.name)
                 FROM event_parties ep JOIN parties p USING (party_id)
                 WHERE ep.event_id = e.event_id), []) AS parties,
       coalesce((SELECT list(x.name ORDER BY x.seq) FROM participants x
                 WHERE x.event_id = e.event_id AND x.side = 'cpc'), []) AS cpc_participants,
       coalesce((SELECT list(x.name ORDER BY x.seq) FROM participants x
                 WHERE x.event_id = e.event_id AND x.side = 'foreign'), []) AS foreign_participants
FROM events e JOIN releases r USING (release_id);

COMMENT ON COLUMN releases.doc_id IS 'Numeric document id from the tYYYYMMDD_NNNNN.html URL of the kept version, when any.';
COMMENT ON COLUMN releases.simhash IS '64-bit SimHash of the kept text (word 3-shingles), for near-duplicate candidates.';
COMMENT ON COLUMN releases.parse_sha256 IS 'sha256 of the parsed events: a reparse that changes nothing leaves the release untouched.';
COMMENT ON COLUMN releases.modified_at IS 'File mtime or HTTP Last-Modified of the kept version, when known.';
COMMENT ON COLUMN releases.text_seen_at IS 'When the kept version was first seen.';
COMMENT ON COLUMN releases.layout IS 'Page layout the text came from: text, html, html-2023, ...';
COMMENT ON COLUMN releases.warnings IS 'Defects the page was read despite, "code: message" joined by " | " (no_title: the headline was lost and the body opens with a dateline or a dated news lead; not_english: the body is in another language, so its events are unreliable); NULL for a clean page';
COMMENT ON COLUMN release_sources.identity_key IS 'doc:NNN when the URL carries a document id, else the canonical URL.';
COMMENT ON COLUMN release_sources.content_sha256 IS 'Normalized-text hash of what was seen at this URL most recently.';
COMMENT ON COLUMN release_sources.capture_id IS 'Archive record of the latest sighting (captures.capture_id), NULL for local files.';
COMMENT ON COLUMN release_sources.raw_sha256 IS 'sha256 of the raw file bytes last seen at this URL (local files): an unchanged file is not parsed again.';
COMMENT ON COLUMN release_sources.run_id IS 'Run of the latest sighting (runs.run_id).';
COMMENT ON TABLE release_versions IS 'Every distinct normalized text seen for a release (its content hash), so older versions are recognised.';
COMMENT ON COLUMN release_versions.content_sha256 IS 'sha256 of a normalized text.';
COMMENT ON COLUMN release_versions.release_id IS 'Release the text belongs to.';
COMMENT ON COLUMN release_versions.published_date IS 'Publication date that text carried.';
COMMENT ON COLUMN release_versions.first_seen_at IS 'When that text was first seen.';
COMMENT ON COLUMN events.duplicate_of IS 'Set when another release already reported this event (same date, same CPC official, same counterpart party): the event_id counted instead. Reports count only events where it is NULL.';
COMMENT ON COLUMN events.seq IS '0-based order of the event within its release.';
COMMENT ON COLUMN participants.seq IS 'Order of first appearance within the event.';
COMMENT ON COLUMN parties.first_seen_at IS 'When a run first extracted this party (new counterparts per run).';
COMMENT ON COLUMN quarantine.run_id IS 'Run that last refused the input.';
COMMENT ON COLUMN runs.events IS 'Events written by the run (new or replaced releases).';
COMMENT ON VIEW v_events IS 'One flat row per event with its release, countries, parties and participants as lists.';
