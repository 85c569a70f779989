-- Validators and last payload digest of every URL fetched before.
SELECT url, etag, last_modified, payload_digest, capture_id FROM url_state
