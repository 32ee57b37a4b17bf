"""Bearer-token authentication, answered before any handler runs."""

from __future__ import annotations

from collections.abc import Iterable

from mock_api.errors import BAD_TOKEN, UNAUTHORIZED
from mock_api.responses import Reply
from mock_api.seed import Account


class Authenticator:
    def __init__(self, accounts: Iterable[Account]) -> None:
        self._by_header: dict[bytes, Account] = {}
        for account in accounts:
            token = account.token.encode("latin-1")
            if b"Bearer " + token in self._by_header:
                raise ValueError(
                    "two accounts must not share one bearer token "
                    "(MOCK_API_TOKEN and MOCK_SECOND_API_TOKEN are equal)"
                )
            # The scheme is case-insensitive (RFC 9110); the common spellings are precomputed
            # so the usual request costs one dict lookup.
            for scheme in (b"Bearer ", b"bearer ", b"BEARER "):
                self._by_header[scheme + token] = account

    def authenticate(self, header: bytes | None) -> Account | Reply:
        if header is None:
            return UNAUTHORIZED
        account = self._by_header.get(header)
        if account is not None:
            return account
        scheme, _, token = header.strip().partition(b" ")
        if scheme.lower() == b"bearer":
            account = self._by_header.get(b"Bearer " + token.strip())
            if account is not None:
                return account
        return BAD_TOKEN
