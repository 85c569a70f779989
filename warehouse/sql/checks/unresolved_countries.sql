-- level: warning
-- Countries that could not be resolved: codes missing from the countries table, foreign people without a country.
SELECT 'event_countries' AS found_in, ec.event_id, ec.country_code AS value
FROM event_countries ec LEFT JOIN countries c ON c.iso2 = ec.country_code
WHERE c.iso2 IS NULL
UNION ALL
SELECT 'participants', p.event_id, coalesce(p.country_code, 'NULL') || ' (' || p.name || ')'
FROM participants p LEFT JOIN countries c ON c.iso2 = p.country_code
WHERE p.side = 'foreign' AND c.iso2 IS NULL
UNION ALL
SELECT 'events.location_country', e.event_id, e.location_country
FROM events e LEFT JOIN countries c ON c.iso2 = e.location_country
WHERE e.location_country IS NOT NULL AND c.iso2 IS NULL
ORDER BY 1, 2
