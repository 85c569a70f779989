-- Events per month by event type.
SELECT strftime(event_date, '%Y-%m') AS period, event_type AS series, count(*) AS n
FROM events WHERE event_date IS NOT NULL AND duplicate_of IS NULL
GROUP BY ALL ORDER BY 1, 2
