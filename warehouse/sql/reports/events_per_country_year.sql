-- Events per foreign country per year (a multi-country event counts once for each country).
SELECT year(e.event_date) AS year, ec.country_code, c.name AS country, count(DISTINCT e.event_id) AS events
FROM events e
JOIN event_countries ec USING (event_id)
LEFT JOIN countries c ON c.iso2 = ec.country_code
WHERE e.event_date IS NOT NULL AND e.duplicate_of IS NULL
GROUP BY ALL
ORDER BY year DESC, events DESC, ec.country_code
