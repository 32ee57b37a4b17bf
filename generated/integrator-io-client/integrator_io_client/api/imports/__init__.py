# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
"""Contains endpoint functions for accessing the API"""
