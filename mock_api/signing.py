"""HMAC signatures for what the mock hands out and must recognise unchanged later:
paged-export states and error-file URLs. The key is kept in the database, so both stay
valid across restarts (an in-memory database gets a fresh key per process)."""

from __future__ import annotations

import hashlib
import hmac
import json


class Signer:
    def __init__(self, key: bytes) -> None:
        self._key = key

    def sign(self, value: object) -> str:
        """A hex HMAC-SHA256 of a string, or of any other value's canonical JSON."""
        text = value if isinstance(value, str) else _canonical(value)
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def verify(self, value: object, signature: object) -> bool:
        # compare_digest takes ASCII text only; a signature never has anything else.
        if not isinstance(signature, str) or not signature.isascii():
            return False
        return hmac.compare_digest(self.sign(value), signature)


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))
