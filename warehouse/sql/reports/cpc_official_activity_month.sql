-- CPC-side officials' activity per month: events taken part in, by type.
SELECT strftime(e.event_date, '%Y-%m') AS month, x.name AS official,
       count(DISTINCT e.event_id) AS events,
       count(DISTINCT e.event_id) FILTER (WHERE e.event_type = 'meeting') AS meetings,
       count(DISTINCT e.event_id) FILTER (WHERE e.event_type = 'visit') AS visits,
       count(DISTINCT e.event_id) FILTER (WHERE e.event_type = 'conference') AS conferences,
       count(DISTINCT e.event_id) FILTER (WHERE e.event_type = 'call') AS calls,
       count(DISTINCT e.event_id) FILTER (WHERE e.event_type = 'message') AS messages
FROM events e
JOIN participants x ON x.event_id = e.event_id AND x.side = 'cpc'
WHERE e.event_date IS NOT NULL AND e.duplicate_of IS NULL
GROUP BY ALL
ORDER BY month DESC, events DESC, official
