-- URLs fetched successfully in this run, from the registered Arrow table `staged_ok`.
DELETE FROM fetch_failures WHERE url IN (SELECT url FROM staged_ok)
