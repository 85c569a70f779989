-- Bulk insert of archived records from the registered Arrow table `staged_captures`.
INSERT INTO captures BY NAME
SELECT * FROM staged_captures
ON CONFLICT (capture_id) DO NOTHING
