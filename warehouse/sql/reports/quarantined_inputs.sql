-- Inputs that could not be parsed, with the reason, newest first.
SELECT split_part(reason, ':', 1) AS reason_code, path_or_url, reason, first_seen_at, last_seen_at
FROM quarantine
ORDER BY last_seen_at DESC, path_or_url
