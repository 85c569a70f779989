-- level: warning
-- Parties that could not be resolved: a foreign person's party missing from the party table, or a party without a country.
SELECT 'participants' AS found_in, p.event_id, p.party AS value
FROM participants p
WHERE p.side = 'foreign' AND p.party IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM parties x WHERE lower(x.name) = lower(p.party) OR lower(x.acronym) = lower(p.party))
UNION ALL
SELECT 'parties', NULL, x.party_id
FROM parties x
WHERE x.country_code IS NULL
ORDER BY 1, 2, 3
