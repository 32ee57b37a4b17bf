"""Spec pipeline and client generator for the integrator.io OpenAPI toolchain."""
