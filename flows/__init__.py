"""IO and orchestration for liaison: files, HTTP, WARC archive, Prefect flows, the CLI."""
