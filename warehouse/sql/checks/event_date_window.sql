-- level: error
-- Event dates outside a sane window around publication (more than a year before, or more than 31 days after).
SELECT e.event_id, e.event_date, r.published_date, r.url
FROM events e JOIN releases r USING (release_id)
WHERE e.event_date < r.published_date - INTERVAL 366 DAY
   OR e.event_date > r.published_date + INTERVAL 31 DAY
ORDER BY e.event_id
