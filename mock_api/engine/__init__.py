"""The resource engine: declarations (resource.py) served by generic handlers (crud.py)."""
