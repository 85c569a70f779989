-- URLs whose release is already archived or loaded: the crawl skips them.
SELECT url FROM captures WHERE status = 200 AND role = 'release'
UNION
SELECT url FROM release_sources WHERE url LIKE 'http%'
