-- level: error
-- Rows pointing at nothing: events without their release, people/parties/countries without their event, unknown party ids.
SELECT 'events' AS table_name, event_id AS row_key FROM events
 WHERE release_id NOT IN (SELECT release_id FROM releases)
UNION ALL SELECT 'participants', event_id FROM participants WHERE event_id NOT IN (SELECT event_id FROM events)
UNION ALL SELECT 'event_parties', event_id FROM event_parties WHERE event_id NOT IN (SELECT event_id FROM events)
UNION ALL SELECT 'event_parties', party_id FROM event_parties WHERE party_id NOT IN (SELECT party_id FROM parties)
UNION ALL SELECT 'event_countries', event_id FROM event_countries WHERE event_id NOT IN (SELECT event_id FROM events)
UNION ALL SELECT 'release_sources', release_id FROM release_sources WHERE release_id NOT IN (SELECT release_id FROM releases)
ORDER BY 1, 2
