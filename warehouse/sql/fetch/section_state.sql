-- How far the last walk of a section got.
SELECT walk_complete, newest_published, newest_doc_id FROM section_watermarks WHERE section = $section
