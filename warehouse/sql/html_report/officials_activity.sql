-- Events per year of the twelve most active CPC officials.
WITH per_year AS (
    SELECT p.name AS label, year(e.event_date)::VARCHAR AS period, count(DISTINCT e.event_id) AS n
    FROM participants p JOIN events e USING (event_id)
    WHERE p.side = 'cpc' AND e.event_date IS NOT NULL AND e.duplicate_of IS NULL
    GROUP BY ALL
), top AS (
    SELECT label FROM per_year GROUP BY label ORDER BY sum(n) DESC, label LIMIT 12
)
SELECT period, label, n FROM per_year WHERE label IN (SELECT label FROM top) ORDER BY label, period
