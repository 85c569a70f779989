-- Where the payload of a capture is stored (itself, or the response a revisit refers to).
SELECT coalesce(r.warc_file, c.warc_file), coalesce(r."offset", c."offset")
FROM captures c LEFT JOIN captures r ON r.capture_id = c.refers_to
WHERE c.capture_id = $capture_id
