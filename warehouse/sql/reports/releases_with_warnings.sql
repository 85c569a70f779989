-- Releases loaded despite a defect (a lost headline, a body in another language), newest first:
-- their rows exist but deserve a look; refused inputs are in quarantined_inputs instead.
SELECT split_part(w.warning, ':', 1) AS warning_code, r.published_date, r.title, r.url, w.warning
FROM releases r, unnest(string_split(r.warnings, ' | ')) AS w(warning)
WHERE r.warnings IS NOT NULL
ORDER BY r.published_date DESC, r.url, warning_code
