-- Events per foreign party per year, with the party's country.
SELECT year(e.event_date) AS year, p.name AS party, p.acronym, p.country_code, count(DISTINCT e.event_id) AS events
FROM events e
JOIN event_parties ep USING (event_id)
JOIN parties p USING (party_id)
WHERE e.event_date IS NOT NULL AND e.duplicate_of IS NULL
GROUP BY ALL
ORDER BY year DESC, events DESC, party
