-- Validators learnt in this run, from the registered Arrow table `staged_url_state`.
-- A 304 keeps the stored digest and capture (the payload did not change).
INSERT INTO url_state BY NAME
SELECT * FROM staged_url_state
ON CONFLICT (url) DO UPDATE SET
    etag = coalesce(excluded.etag, url_state.etag),
    last_modified = coalesce(excluded.last_modified, url_state.last_modified),
    payload_digest = coalesce(excluded.payload_digest, url_state.payload_digest),
    capture_id = coalesce(excluded.capture_id, url_state.capture_id),
    last_status = excluded.last_status,
    last_checked_at = excluded.last_checked_at
