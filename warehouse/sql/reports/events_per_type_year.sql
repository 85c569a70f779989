-- Events per type and modality per year.
SELECT year(event_date) AS year, event_type, modality, count(*) AS events
FROM events
WHERE event_date IS NOT NULL AND duplicate_of IS NULL
GROUP BY ALL
ORDER BY year DESC, events DESC, event_type, modality
