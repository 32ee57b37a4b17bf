# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
"""Contains methods for accessing the API"""
