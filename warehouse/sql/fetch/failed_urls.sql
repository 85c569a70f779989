-- Release URLs still failing: the next run retries them before walking listings.
SELECT url FROM fetch_failures ORDER BY first_failed_at, url
