-- Data dictionary: a comment on every contract table and column. docs/DATA.md is generated
-- from these (python -m warehouse.dictionary), and a test fails when a column has none.
COMMENT ON TABLE releases IS 'One row per press release after deduplication: the newest text of every sighting of the same release.';
COMMENT ON COLUMN releases.release_id IS 'Stable id: r + 16 hex digits of sha256 of the first identity key (doc:NNN or canonical URL).';
COMMENT ON COLUMN releases.url IS 'Canonical URL of the kept version (http(s) page or file:// URL of a local file).';
COMMENT ON COLUMN releases.title IS 'Headline of the release as published.';
COMMENT ON COLUMN releases.published_date IS 'Publication date from the dotted date line, e.g. ( 2018.12.18 ).';
COMMENT ON COLUMN releases.dateline_city IS 'City of the lead paragraph dateline (Beijing, ...), NULL when there is none.';
COMMENT ON COLUMN releases.body_text IS 'Body paragraphs joined by blank lines; indexed for full-text search with the title.';
COMMENT ON COLUMN releases.content_sha256 IS 'sha256 of the normalized text: identical text found anywhere is one release.';
COMMENT ON COLUMN releases.parser_version IS 'Version of the parser that produced the rows of this release (reparse when it changes).';
COMMENT ON COLUMN releases.first_seen_at IS 'When any run first saw this release (UTC).';
COMMENT ON COLUMN releases.last_seen_at IS 'When a run last saw this release (UTC); the only change on a repeated load.';

COMMENT ON TABLE release_sources IS 'Every URL or file where a release was seen (provenance): several hosts, schemes, section paths, re-issues.';
COMMENT ON COLUMN release_sources.release_id IS 'The release seen (releases.release_id).';
COMMENT ON COLUMN release_sources.url IS 'Where it was seen: http(s) URL or file:// URL of an absolute path.';
COMMENT ON COLUMN release_sources.first_seen_at IS 'First sighting at this URL (UTC).';
COMMENT ON COLUMN release_sources.last_seen_at IS 'Latest sighting at this URL (UTC).';

COMMENT ON TABLE events IS 'One row per inter-party contact reported by a release; a release may report several (met separately with ...).';
COMMENT ON COLUMN events.event_id IS 'release_id || ''-'' || 0-based order of the event within its release.';
COMMENT ON COLUMN events.release_id IS 'Release reporting the event (releases.release_id).';
COMMENT ON COLUMN events.event_date IS 'When it happened: dateline day and month with the publication year (previous year when the dateline is in December of a January release), or a stated date.';
COMMENT ON COLUMN events.event_type IS 'meeting | visit | conference | call | message | other.';
COMMENT ON COLUMN events.modality IS 'in_person | video | phone | written; NULL for event_type other.';
COMMENT ON COLUMN events.location_city IS 'City where the event took place, when stated.';
COMMENT ON COLUMN events.location_country IS 'ISO 3166-1 alpha-2 code of the country where the event took place, when known.';

COMMENT ON TABLE participants IS 'People taking part in an event, on the CPC side or the foreign side.';
COMMENT ON COLUMN participants.event_id IS 'Event taken part in (events.event_id).';
COMMENT ON COLUMN participants.name IS 'Name as written, honorifics removed (Dmitry Medvedev).';
COMMENT ON COLUMN participants.title IS 'Title at the time, as the release gives it (Chairman of the United Russia Party).';
COMMENT ON COLUMN participants.party IS 'Full party name when known; Communist Party of China for the CPC side.';
COMMENT ON COLUMN participants.country_code IS 'ISO 3166-1 alpha-2 country of the person; CN for the CPC side.';
COMMENT ON COLUMN participants.side IS 'cpc for the Chinese side, foreign otherwise.';

COMMENT ON TABLE parties IS 'Foreign political parties (and supranational bodies) met by the CPC, one row per normalized full name.';
COMMENT ON COLUMN parties.party_id IS 'Slug of the normalized full name, e.g. social-democratic-party-of-germany.';
COMMENT ON COLUMN parties.name IS 'Full name as the releases give it.';
COMMENT ON COLUMN parties.acronym IS 'Acronym from the parenthesis after the full name (SPD), when given.';
COMMENT ON COLUMN parties.country_code IS 'ISO 3166-1 alpha-2 country of the party; NULL for supranational bodies or when unresolved.';

COMMENT ON TABLE event_parties IS 'Foreign parties taking part in each event (many to many).';
COMMENT ON COLUMN event_parties.event_id IS 'The event (events.event_id).';
COMMENT ON COLUMN event_parties.party_id IS 'The party (parties.party_id).';

COMMENT ON TABLE event_countries IS 'Foreign countries taking part in each event; never CN; countries named only in passing are not here.';
COMMENT ON COLUMN event_countries.event_id IS 'The event (events.event_id).';
COMMENT ON COLUMN event_countries.country_code IS 'ISO 3166-1 alpha-2 code (countries.iso2).';

COMMENT ON TABLE countries IS 'Reference list of countries (from pycountry) for names and regions.';
COMMENT ON COLUMN countries.iso2 IS 'ISO 3166-1 alpha-2 code, the key used by every other table.';
COMMENT ON COLUMN countries.iso3 IS 'ISO 3166-1 alpha-3 code.';
COMMENT ON COLUMN countries.name IS 'Common English name.';
COMMENT ON COLUMN countries.region IS 'World region, when known.';

COMMENT ON TABLE quarantine IS 'Inputs that could not be parsed, with the reason: nothing is dropped silently.';
COMMENT ON COLUMN quarantine.path_or_url IS 'File path or URL of the refused input.';
COMMENT ON COLUMN quarantine.reason IS 'reason_code: message, e.g. not_a_release: no date line.';
COMMENT ON COLUMN quarantine.first_seen_at IS 'First time the input was refused (UTC).';
COMMENT ON COLUMN quarantine.last_seen_at IS 'Latest time the input was refused (UTC).';

COMMENT ON TABLE runs IS 'One row per load, fetch or reparse run, with its counts.';
COMMENT ON COLUMN runs.run_id IS 'Id of the run (the Prefect flow run id when run as a flow).';
COMMENT ON COLUMN runs.started_at IS 'Start time (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'End time (UTC); NULL when the run did not finish.';
COMMENT ON COLUMN runs.mode IS 'load | fetch | reparse | backfill.';
COMMENT ON COLUMN runs.files_or_urls IS 'Number of files or URLs the run looked at.';
COMMENT ON COLUMN runs.new IS 'Releases new to the warehouse.';
COMMENT ON COLUMN runs.updated IS 'Releases whose kept text changed (a newer version).';
COMMENT ON COLUMN runs.duplicates IS 'Sightings matched to a known release without changing it.';
COMMENT ON COLUMN runs.quarantined IS 'Inputs refused and recorded in quarantine.';

-- Fetch feature tables (020_fetch.sql): the archive index and crawl state.
COMMENT ON TABLE captures IS 'One row per archived HTTP response or revisit record in the WARC archive.';
COMMENT ON COLUMN captures.capture_id IS 'WARC-Record-ID of the record.';
COMMENT ON COLUMN captures.run_id IS 'Run that fetched it (runs.run_id).';
COMMENT ON COLUMN captures.url IS 'URL fetched.';
COMMENT ON COLUMN captures.fetched_at IS 'When it was fetched (UTC).';
COMMENT ON COLUMN captures.status IS 'HTTP status code.';
COMMENT ON COLUMN captures.record_type IS 'response (full payload stored) | revisit (payload unchanged, see refers_to).';
COMMENT ON COLUMN captures.role IS 'release | listing | robots: what the page was fetched as.';
COMMENT ON COLUMN captures.payload_digest IS 'Digest of the payload (WARC-Payload-Digest).';
COMMENT ON COLUMN captures.content_type IS 'Content-Type header of the response.';
COMMENT ON COLUMN captures.warc_file IS 'WARC file name inside the archive folder (LIAISON_ARCHIVE).';
COMMENT ON COLUMN captures."offset" IS 'Byte offset of the record in the WARC file (quote it: "offset").';
COMMENT ON COLUMN captures.length IS 'Length of the record in bytes: (warc_file, offset, length) reads it back alone.';
COMMENT ON COLUMN captures.etag IS 'ETag header, for conditional requests.';
COMMENT ON COLUMN captures.last_modified IS 'Last-Modified header, as sent.';
COMMENT ON COLUMN captures.truncated IS 'WARC-Truncated reason when the payload was cut (size cap), NULL when whole.';
COMMENT ON COLUMN captures.refers_to IS 'For a revisit: the capture holding the payload.';

COMMENT ON TABLE fetch_failures IS 'URLs that could not be fetched; retried by the next run, removed after a success.';
COMMENT ON COLUMN fetch_failures.url IS 'URL that failed.';
COMMENT ON COLUMN fetch_failures.first_failed_at IS 'First failure (UTC).';
COMMENT ON COLUMN fetch_failures.last_failed_at IS 'Latest failure (UTC).';
COMMENT ON COLUMN fetch_failures.attempts IS 'Requests made for it across all runs.';
COMMENT ON COLUMN fetch_failures.last_error IS 'The latest error message.';
COMMENT ON COLUMN fetch_failures.run_id IS 'Run of the latest failure.';

COMMENT ON TABLE url_state IS 'Per URL: validators for conditional GETs and the digest of the last full payload.';
COMMENT ON COLUMN url_state.url IS 'The URL.';
COMMENT ON COLUMN url_state.etag IS 'Latest ETag.';
COMMENT ON COLUMN url_state.last_modified IS 'Latest Last-Modified.';
COMMENT ON COLUMN url_state.payload_digest IS 'Digest of the last full payload.';
COMMENT ON COLUMN url_state.capture_id IS 'Last capture with a full payload (captures.capture_id).';
COMMENT ON COLUMN url_state.last_status IS 'HTTP status of the latest request.';
COMMENT ON COLUMN url_state.last_checked_at IS 'When it was last requested (UTC).';

COMMENT ON TABLE section_watermarks IS 'Per site section: how far the last listing walk got and the newest release seen.';
COMMENT ON COLUMN section_watermarks.section IS 'Section folder URL path, e.g. /english2023/bzhd/.';
COMMENT ON COLUMN section_watermarks.newest_published IS 'Publication date of the newest release seen in the section.';
COMMENT ON COLUMN section_watermarks.newest_doc_id IS 'Largest document id seen in the section.';
COMMENT ON COLUMN section_watermarks.walk_complete IS 'Whether the last walk reached known releases or the end of the listing.';
COMMENT ON COLUMN section_watermarks.pages_walked IS 'Listing pages read by the last walk.';
COMMENT ON COLUMN section_watermarks.last_walked_at IS 'When the section was last walked (UTC).';
