-- Contacts per quarter by modality (drawn as shares).
SELECT year(event_date) || '-Q' || quarter(event_date) AS period, coalesce(modality, 'unknown') AS series,
       count(*) AS n
FROM events WHERE event_date IS NOT NULL AND duplicate_of IS NULL
GROUP BY ALL ORDER BY 1, 2
