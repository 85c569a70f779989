-- Foreign parties met for the first time, per quarter.
WITH first_met AS (
    SELECT ep.party_id, min(e.event_date) AS first_date
    FROM event_parties ep JOIN events e USING (event_id)
    WHERE e.event_date IS NOT NULL AND e.duplicate_of IS NULL
    GROUP BY ep.party_id
)
SELECT year(first_date) || '-Q' || quarter(first_date) AS period, 'new parties' AS series, count(*) AS n
FROM first_met GROUP BY ALL ORDER BY 1
