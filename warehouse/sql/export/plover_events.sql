-- PLOVER-style event records: one per event, CONSULT with its mode, source and target actors.
-- Modes: multilateral (conferences, or more than one foreign country), phone (any remote contact:
-- phone, video, written), third-party (in person in a country neither side comes from), visit.
-- Source is the side that travels or initiates: the foreign side when it is received in China,
-- the CPC side otherwise.
WITH actors AS (
    SELECT p.event_id, p.side,
           list({'name': p.name, 'title': p.title, 'party': p.party, 'country': p.country_code}
                ORDER BY p.name) AS people
    FROM participants p
    GROUP BY p.event_id, p.side
),
foreign_parties AS (
    SELECT ep.event_id,
           list({'party_id': x.party_id, 'name': x.name, 'acronym': x.acronym, 'country': x.country_code}
                ORDER BY x.party_id) AS parties
    FROM event_parties ep JOIN parties x USING (party_id)
    GROUP BY ep.event_id
),
foreign_countries AS (
    SELECT event_id, list(country_code ORDER BY country_code) AS countries
    FROM event_countries GROUP BY event_id
),
shaped AS (
    SELECT e.*, r.url, r.title AS release_title,
           coalesce(fc.countries, []) AS countries,
           coalesce(fp.parties, []) AS parties,
           coalesce(cpc.people, []) AS cpc_people,
           coalesce(fgn.people, []) AS foreign_people,
           CASE
             WHEN e.event_type = 'conference' OR len(coalesce(fc.countries, [])) > 1 THEN 'multilateral'
             WHEN e.modality IN ('phone', 'video', 'written') OR e.event_type IN ('call', 'message') THEN 'phone'
             WHEN e.location_country IS NOT NULL AND e.location_country <> 'CN'
                  AND NOT list_contains(coalesce(fc.countries, []), e.location_country) THEN 'third-party'
             ELSE 'visit'
           END AS mode,
           -- Received in China (or place unstated): the foreign side came; otherwise the CPC side went.
           (e.location_country IS NULL OR e.location_country = 'CN') AS foreign_side_travels
    FROM events e
    JOIN releases r USING (release_id)
    LEFT JOIN foreign_countries fc USING (event_id)
    LEFT JOIN foreign_parties fp USING (event_id)
    LEFT JOIN actors cpc ON cpc.event_id = e.event_id AND cpc.side = 'cpc'
    LEFT JOIN actors fgn ON fgn.event_id = e.event_id AND fgn.side = 'foreign'
)
SELECT event_id AS id,
       event_date AS date,
       'CONSULT' AS event_type,
       mode,
       event_type AS source_event_type,
       modality,
       {'people': CASE WHEN mode = 'visit' AND foreign_side_travels THEN foreign_people ELSE cpc_people END,
        'parties': CASE WHEN mode = 'visit' AND foreign_side_travels THEN parties
                        ELSE [{'party_id': 'communist-party-of-china', 'name': 'Communist Party of China',
                               'acronym': 'CPC', 'country': 'CN'}] END,
        'countries': CASE WHEN mode = 'visit' AND foreign_side_travels THEN countries ELSE ['CN'] END} AS source,
       {'people': CASE WHEN mode = 'visit' AND foreign_side_travels THEN cpc_people ELSE foreign_people END,
        'parties': CASE WHEN mode = 'visit' AND foreign_side_travels
                        THEN [{'party_id': 'communist-party-of-china', 'name': 'Communist Party of China',
                               'acronym': 'CPC', 'country': 'CN'}] ELSE parties END,
        'countries': CASE WHEN mode = 'visit' AND foreign_side_travels THEN ['CN'] ELSE countries END} AS target,
       {'city': location_city, 'country': location_country} AS location,
       release_id,
       release_title,
       url
FROM shaped
ORDER BY event_date, event_id
