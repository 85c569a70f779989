-- Share of in-person, video, phone and written contacts per quarter (events of type other excluded).
SELECT year(event_date) || '-Q' || quarter(event_date) AS quarter,
       count(*) AS events,
       round(avg(CASE WHEN modality = 'in_person' THEN 1 ELSE 0 END), 3) AS in_person_share,
       round(avg(CASE WHEN modality = 'video' THEN 1 ELSE 0 END), 3) AS video_share,
       round(avg(CASE WHEN modality = 'phone' THEN 1 ELSE 0 END), 3) AS phone_share,
       round(avg(CASE WHEN modality = 'written' THEN 1 ELSE 0 END), 3) AS written_share
FROM events
WHERE event_date IS NOT NULL AND duplicate_of IS NULL AND modality IS NOT NULL
GROUP BY year(event_date), quarter(event_date)
ORDER BY year(event_date) DESC, quarter(event_date) DESC
