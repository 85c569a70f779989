-- Digests of every stored full payload: a cheap first test before looking one up.
SELECT DISTINCT payload_digest FROM captures
WHERE record_type = 'response' AND status = 200 AND truncated IS NULL
