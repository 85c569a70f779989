-- Headline numbers.
SELECT (SELECT count(*) FROM releases) AS releases,
       (SELECT count(*) FROM events WHERE duplicate_of IS NULL) AS events,
       (SELECT count(DISTINCT party_id) FROM event_parties) AS parties,
       (SELECT count(DISTINCT country_code) FROM event_countries) AS countries,
       (SELECT min(event_date) FROM events) AS first_event,
       (SELECT max(event_date) FROM events) AS last_event
