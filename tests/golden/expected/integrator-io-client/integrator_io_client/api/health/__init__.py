# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Contains endpoint functions for accessing the API"""
