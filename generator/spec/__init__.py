"""The spec stage: ingest vendor pages, merge specs/sources/ into a validated specs/openapi.json."""
