"""The client stage: render specs/openapi.json into the generated Python client package."""
