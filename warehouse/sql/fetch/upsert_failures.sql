-- Failures of this run, from the registered Arrow table `staged_failures`.
INSERT INTO fetch_failures BY NAME
SELECT * FROM staged_failures
ON CONFLICT (url) DO UPDATE SET
    last_failed_at = excluded.last_failed_at,
    attempts = fetch_failures.attempts + excluded.attempts,
    last_error = excluded.last_error,
    run_id = excluded.run_id
