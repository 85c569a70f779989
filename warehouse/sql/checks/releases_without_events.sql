-- level: info
-- The no-event ledger: releases that produced no event (notices, statements, parser misses), listed.
SELECT r.release_id, r.published_date, r.title, r.url
FROM releases r
WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.release_id = r.release_id)
ORDER BY r.published_date, r.release_id
