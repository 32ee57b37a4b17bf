# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""The high-level client's resources, one module per top-level resource (`connectors`,
`flows`, ...); `_root` holds the client's own operations and ties them together."""

from ._root import AsyncRoot, AsyncRootWithRawResponse, Root, RootWithRawResponse

__all__ = ["AsyncRoot", "AsyncRootWithRawResponse", "Root", "RootWithRawResponse"]
