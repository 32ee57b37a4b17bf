"""The documented rules and which check of the suite enforces each (see contract_tests/README.md)."""
