"""Side-by-side benchmark of the mock (mock_api) against Stoplight Prism: `python -m bench`."""
