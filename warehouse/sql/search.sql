-- Ranked full-text search: Okapi BM25 (k1 = 1.2, b = 0.75, as the fts extension's match_bm25)
-- over the fts index tables, with a title hit weighted $title_weight times a body hit.
-- Equal to $title_weight * match_bm25(fields := 'title') + match_bm25(fields := 'body_text'),
-- but computed in one set-based pass over the query's terms instead of one macro call per
-- release and field, which is several times faster on a large warehouse.
WITH tokens AS (
    SELECT DISTINCT stem(unnest(fts_main_releases.tokenize($q)), 'english') AS term
),
term_tf AS (
    SELECT t.docid, t.fieldid, t.termid, count(*) AS tf
    FROM fts_main_releases.terms t
    JOIN fts_main_releases.dict d ON d.termid = t.termid
    JOIN tokens ON tokens.term = d.term
    GROUP BY ALL
),
scored AS (
    SELECT docs.name AS release_id,
           sum(CASE WHEN f.field = 'title' THEN $title_weight ELSE 1 END
               * log((s.num_docs - d.df + 0.5) / (d.df + 0.5) + 1)
               * (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * docs.len / s.avgdl))) AS score
    FROM term_tf
    JOIN fts_main_releases.docs docs ON docs.docid = term_tf.docid
    JOIN fts_main_releases.dict d ON d.termid = term_tf.termid
    JOIN fts_main_releases.fields f ON f.fieldid = term_tf.fieldid
    CROSS JOIN fts_main_releases.stats s
    GROUP BY docs.name
)
SELECT r.release_id, s.score, r.published_date, r.title,
       (SELECT list(DISTINCT ec.country_code ORDER BY ec.country_code)
          FROM events e JOIN event_countries ec USING (event_id)
         WHERE e.release_id = r.release_id) AS countries,
       r.url, r.body_text
FROM scored s JOIN releases r USING (release_id)
WHERE ($since IS NULL OR r.published_date >= $since)
  AND ($until IS NULL OR r.published_date <= $until)
  AND ($country IS NULL OR EXISTS (
        SELECT 1 FROM events e JOIN event_countries ec USING (event_id)
        WHERE e.release_id = r.release_id AND ec.country_code = $country))
  AND ($party IS NULL OR EXISTS (
        SELECT 1 FROM events e
        JOIN event_parties ep USING (event_id)
        JOIN parties p USING (party_id)
        WHERE e.release_id = r.release_id
          AND (lower(p.name) LIKE $party_like OR lower(p.acronym) = lower($party)
               OR p.party_id = lower($party))))
ORDER BY s.score DESC, r.published_date DESC, r.release_id
LIMIT $limit
