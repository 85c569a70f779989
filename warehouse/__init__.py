"""The DuckDB warehouse: schema and report SQL, loading, read-only queries."""
