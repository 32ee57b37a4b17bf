"""Contract suite for the integrator.io API: schemathesis + hypothesis against the mock or a live URL."""
