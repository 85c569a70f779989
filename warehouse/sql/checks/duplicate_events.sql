-- level: warning
-- Duplicate-looking events across releases: same date, same CPC official, same counterpart party.
WITH keyed AS (
    SELECT DISTINCT e.event_id, e.release_id, e.event_date, c.name AS cpc_official, ep.party_id
    FROM events e
    JOIN participants c ON c.event_id = e.event_id AND c.side = 'cpc'
    JOIN event_parties ep ON ep.event_id = e.event_id
    WHERE e.event_date IS NOT NULL
)
SELECT event_date, cpc_official, party_id,
       list(DISTINCT event_id ORDER BY event_id) AS event_ids,
       count(DISTINCT release_id) AS releases
FROM keyed
GROUP BY event_date, cpc_official, party_id
HAVING count(DISTINCT release_id) > 1
ORDER BY event_date, cpc_official, party_id
