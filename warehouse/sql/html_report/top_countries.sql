-- Top five foreign countries per year by events.
WITH counted AS (
    SELECT year(e.event_date)::VARCHAR AS period,
           coalesce(c.name, ec.country_code) || ' (' || ec.country_code || ')' AS label, count(*) AS n
    FROM events e JOIN event_countries ec USING (event_id)
    LEFT JOIN countries c ON c.iso2 = ec.country_code
    WHERE e.event_date IS NOT NULL AND e.duplicate_of IS NULL
    GROUP BY ALL
),
-- Every year's count for the entities that were top five in at least one year.
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY period ORDER BY n DESC, label) AS rank FROM counted
)
SELECT period, label, n FROM ranked
WHERE label IN (SELECT label FROM ranked WHERE rank <= 5)
ORDER BY period, n DESC
