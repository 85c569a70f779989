-- The warehouse counts events, not reports: when two different releases report the same
-- contact (same event date, same CPC official, same counterpart party), the event of the
-- earliest release (then the smallest event_id) is the one counted; the others point at it.
-- Recomputed in full inside every load transaction (milliseconds at 20,000 events), so a
-- replaced or re-parsed release never leaves a stale pointer.
UPDATE events SET duplicate_of = NULL WHERE duplicate_of IS NOT NULL;
UPDATE events SET duplicate_of = d.canonical
FROM (
    WITH keyed AS (
        SELECT DISTINCT e.event_id, e.release_id, e.event_date,
               strftime(r.published_date, '%Y-%m-%d') || '|' || e.event_id AS rank_key,
               x.name AS official, ep.party_id
        FROM events e
        JOIN releases r USING (release_id)
        JOIN participants x ON x.event_id = e.event_id AND x.side = 'cpc'
        JOIN event_parties ep ON ep.event_id = e.event_id
        WHERE e.event_date IS NOT NULL
    )
    SELECT a.event_id, split_part(min(b.rank_key), '|', 2) AS canonical
    FROM keyed a JOIN keyed b
      ON a.event_date = b.event_date AND a.official = b.official AND a.party_id = b.party_id
     AND a.release_id <> b.release_id
    GROUP BY a.event_id, a.rank_key
    HAVING min(b.rank_key) < a.rank_key
) d
WHERE events.event_id = d.event_id;
