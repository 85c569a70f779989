-- Counterpart parties met for the first time, per quarter of their first event.
WITH firsts AS (
    SELECT ep.party_id, min(e.event_date) AS first_event
    FROM event_parties ep JOIN events e USING (event_id)
    WHERE e.event_date IS NOT NULL AND e.duplicate_of IS NULL
    GROUP BY ep.party_id
)
SELECT year(first_event) || '-Q' || quarter(first_event) AS quarter, count(*) AS new_parties,
       list(p.name ORDER BY p.name) AS parties
FROM firsts JOIN parties p USING (party_id)
GROUP BY year(first_event), quarter(first_event)
ORDER BY year(first_event) DESC, quarter(first_event) DESC
