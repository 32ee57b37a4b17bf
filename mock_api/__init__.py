"""Stateful, spec-driven mock of the integrator.io API (Starlette/ASGI, SQLite storage)."""

from mock_api.app import create_app

__all__ = ["create_app"]
