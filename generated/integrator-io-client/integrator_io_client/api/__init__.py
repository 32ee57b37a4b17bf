# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Contains methods for accessing the API"""
