-- The outcome of this run's walk of one section.
INSERT INTO section_watermarks
VALUES ($section, $newest_published, $newest_doc_id, $walk_complete, $pages_walked, $walked_at)
ON CONFLICT (section) DO UPDATE SET
    newest_published = greatest(section_watermarks.newest_published, excluded.newest_published),
    newest_doc_id = greatest(section_watermarks.newest_doc_id, excluded.newest_doc_id),
    walk_complete = excluded.walk_complete,
    pages_walked = excluded.pages_walked,
    last_walked_at = excluded.last_walked_at
