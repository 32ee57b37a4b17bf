"""The fixed world the mock starts with: two isolated accounts and the registered users.

Tokens come from the environment so a developer can reuse the token they already have
configured for the client; the defaults are documented in the README of the mock.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

PRIMARY_TOKEN: str = os.environ.get("MOCK_API_TOKEN") or "mock-primary-token"
SECONDARY_TOKEN: str = os.environ.get("MOCK_SECOND_API_TOKEN") or "mock-secondary-token"


@dataclass(frozen=True, slots=True)
class User:
    id: str
    email: str
    name: str


@dataclass(frozen=True, slots=True)
class Account:
    """An integrator.io account, reached with one bearer token and owned by one user.

    Stored rows are keyed by the owner's user id, not by the token, so data survives a
    change of the token in the environment.
    """

    token: str
    user: User

    @property
    def key(self) -> str:
        return self.user.id


PRIMARY_USER = User("5e03061cda20740022300f09", "partner@example.com", "Pat Partner")
SECONDARY_USER = User("5e03061cda20740022300f0a", "dev@example.com", "Dana Developer")
# A registered user without a token of its own: the natural target of a license.
LICENSEE_USER = User("5e03061cda20740022300f0b", "user@example.com", "Uma User")

USERS: tuple[User, ...] = (LICENSEE_USER, PRIMARY_USER, SECONDARY_USER)
REGISTERED_EMAILS: tuple[str, ...] = tuple(user.email for user in USERS)
USERS_BY_EMAIL: dict[str, User] = {user.email: user for user in USERS}

PRIMARY_ACCOUNT = Account(PRIMARY_TOKEN, PRIMARY_USER)
SECONDARY_ACCOUNT = Account(SECONDARY_TOKEN, SECONDARY_USER)
ACCOUNTS: tuple[Account, ...] = (PRIMARY_ACCOUNT, SECONDARY_ACCOUNT)


def find_user(email: str) -> User | None:
    """Registered users are matched case-insensitively, as e-mail addresses are in practice."""
    return USERS_BY_EMAIL.get(email.strip().lower())
