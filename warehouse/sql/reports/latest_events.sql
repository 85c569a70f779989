-- The 50 latest events with their counterparts and source.
SELECT event_date, event_type, modality, countries, parties, cpc_participants, foreign_participants, title, url
FROM v_events
WHERE duplicate_of IS NULL
ORDER BY event_date DESC NULLS LAST, event_id
LIMIT 50
