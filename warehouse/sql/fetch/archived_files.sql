-- WARC files the captures index already covers.
SELECT DISTINCT warc_file FROM captures
