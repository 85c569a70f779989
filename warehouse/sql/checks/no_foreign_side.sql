-- level: warning
-- Events with no foreign side: no foreign participant, party or country was extracted.
SELECT e.event_id, e.event_date, e.event_type, r.title, r.url
FROM events e JOIN releases r USING (release_id)
WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.event_id = e.event_id AND p.side = 'foreign')
  AND NOT EXISTS (SELECT 1 FROM event_parties ep WHERE ep.event_id = e.event_id)
  AND NOT EXISTS (SELECT 1 FROM event_countries ec WHERE ec.event_id = e.event_id)
ORDER BY e.event_date, e.event_id
