-- The stored full response holding a payload, to point a revisit record at.
SELECT capture_id, url, fetched_at, warc_file, "offset"
FROM captures
WHERE payload_digest = $digest AND record_type = 'response' AND status = 200 AND truncated IS NULL
ORDER BY fetched_at
LIMIT 1
