-- The latest events with their sides and source links.
SELECT e.event_date, e.event_type, e.modality,
       (SELECT string_agg(DISTINCT p.name, ', ') FROM participants p
         WHERE p.event_id = e.event_id AND p.side = 'cpc') AS cpc_side,
       (SELECT string_agg(DISTINCT coalesce(x.acronym, x.name), ', ') FROM event_parties ep
          JOIN parties x USING (party_id) WHERE ep.event_id = e.event_id) AS parties,
       (SELECT string_agg(DISTINCT ec.country_code, ', ') FROM event_countries ec
         WHERE ec.event_id = e.event_id) AS countries,
       r.title, r.url
FROM events e JOIN releases r USING (release_id)
WHERE e.duplicate_of IS NULL
ORDER BY e.event_date DESC NULLS LAST, e.event_id DESC
LIMIT $limit
