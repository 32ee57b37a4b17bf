"""Run settings of the contract suite, read once from the environment and the `--live` flag."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "specs" / "openapi.json"
REPORTS_DIR = REPO_ROOT / "reports"

# Defaults keep `make test` under two minutes on two cores; CI or a developer deepens them.
DEFAULT_MAX_EXAMPLES = 50
DEFAULT_STATEFUL_STEPS = 40
DEFAULT_JOB_TIMEOUT = 60
# Seconds per unit of a `N/unit` rate limit, the units schemathesis accepts.
RATE_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0}


class SettingsError(Exception):
    """The environment does not describe a runnable target."""


@dataclass(frozen=True)
class Settings:
    live: bool
    base_url: str | None
    token: str
    second_token: str | None
    registered_email: str | None
    # The live throttle as given (`300/s`); None when off.
    rate_limit: str | None
    # The same limit as the seconds between two requests; 0 when off.
    rate_interval: float
    max_examples: int
    stateful_steps: int
    seed: int
    seed_is_explicit: bool
    app_factory: str
    # Scenarios that empty the account's rate-limit bucket on purpose may run.
    burst: bool = True
    # Scenarios and fuzzing may delete every global state key of the account.
    wipe: bool = True
    # The user the primary token belongs to, when known (tokenInfo must name it).
    user_id: str | None = None
    # How long a scenario waits for a job to end (queued -> running -> completed or failed).
    job_timeout: float = 60.0
    skip_reasons: dict[str, str] = field(default_factory=dict)


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingsError(f"{name} must be an integer, got {raw!r}") from None
    if value < 1:
        raise SettingsError(f"{name} must be at least 1, got {value}")
    return value


def default_rate_limit() -> str:
    """The documented refill rate (`x-rate-limit` in the spec): a run that keeps to it never
    empties the account's bucket by itself."""
    from contract_tests import spec

    _, refill = spec.rate_limit()
    return f"{int(refill)}/s"


def _rate_limit() -> tuple[str | None, float]:
    """`CONTRACT_RATE_LIMIT` as given and as the interval in seconds between requests."""
    default = default_rate_limit()
    raw = os.environ.get("CONTRACT_RATE_LIMIT", default).strip() or default
    if raw.lower() == "off":
        return None, 0.0
    # Schemathesis accepts `N/s`, `N/m`, `N/h`; reject anything else here with a message naming the variable.
    count, _, unit = raw.partition("/")
    if not (count.isascii() and count.isdigit()) or unit not in RATE_UNITS:
        raise SettingsError(f"CONTRACT_RATE_LIMIT must look like '30/s' or be 'off', got {raw!r}")
    if int(count) < 1:
        raise SettingsError(
            f"CONTRACT_RATE_LIMIT must allow at least 1 request (or be 'off'), got {raw!r}"
        )
    return raw, RATE_UNITS[unit] / int(count)


def _flag(name: str) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no"):
        return False
    if raw in ("1", "true", "yes"):
        return True
    raise SettingsError(f"{name} must be 1 or 0, got {raw!r}")


def _seed() -> tuple[int, bool]:
    raw = os.environ.get("CONTRACT_SEED", "").strip()
    if raw:
        try:
            return int(raw), True
        except ValueError:
            raise SettingsError(f"CONTRACT_SEED must be an integer, got {raw!r}") from None
    # A fresh seed per session keeps exploring new inputs; it is printed with every failure.
    return random.SystemRandom().randrange(2**32), False


def load(*, live: bool) -> Settings:
    """Read the environment; raise `SettingsError` when a live run has no target."""
    seed, explicit = _seed()
    max_examples = _int_env("CONTRACT_MAX_EXAMPLES", DEFAULT_MAX_EXAMPLES)
    job_timeout = float(_int_env("CONTRACT_JOB_TIMEOUT", DEFAULT_JOB_TIMEOUT))
    steps = _int_env("CONTRACT_STATEFUL_STEPS", DEFAULT_STATEFUL_STEPS)
    app_factory = os.environ.get("CONTRACT_APP", "mock_api.app:create_app")
    if not live:
        from contract_tests import mock_identity

        return Settings(
            live=False,
            base_url=None,
            token=mock_identity.primary_token(),
            second_token=mock_identity.secondary_token(),
            registered_email=mock_identity.registered_email(),
            # In process there is no server to protect; the mock's own limiter is off for fuzzing.
            rate_limit=None,
            rate_interval=0.0,
            max_examples=max_examples,
            stateful_steps=steps,
            seed=seed,
            seed_is_explicit=explicit,
            app_factory=app_factory,
            user_id=mock_identity.primary_user_id(),
            job_timeout=job_timeout,
        )
    base_url = os.environ.get("INTEGRATOR_BASE_URL", "").strip().rstrip("/")
    if not base_url:
        raise SettingsError(
            "--live needs INTEGRATOR_BASE_URL (e.g. https://api.integrator.io or http://127.0.0.1:4010)"
        )
    if not base_url.startswith(("http://", "https://")):
        raise SettingsError(f"INTEGRATOR_BASE_URL must be an http(s) URL, got {base_url!r}")
    token = os.environ.get("INTEGRATOR_API_TOKEN", "").strip()
    if not token:
        raise SettingsError(
            "--live needs INTEGRATOR_API_TOKEN (a bearer token of the primary account)"
        )
    second = os.environ.get("INTEGRATOR_SECOND_API_TOKEN", "").strip() or None
    email = os.environ.get("INTEGRATOR_REGISTERED_EMAIL", "").strip() or None
    skips: dict[str, str] = {}
    if second is None:
        skips["second_token"] = (
            "INTEGRATOR_SECOND_API_TOKEN is not set: account isolation needs a token of a second account"
        )
    if email is None:
        skips["registered_email"] = (
            "INTEGRATOR_REGISTERED_EMAIL is not set: license creation needs the email of a registered user"
        )
    wipe = _flag("CONTRACT_ALLOW_WIPE")
    if not wipe:
        skips["wipe"] = (
            "deleting every global state key is opt-in live (CONTRACT_ALLOW_WIPE=1): it would "
            "destroy state the suite did not make"
        )
    burst = _flag("CONTRACT_BURST")
    if not burst:
        skips["burst"] = (
            "bursting past the account's rate limit is opt-in live (CONTRACT_BURST=1): it spends "
            "the account's whole budget, and the suite otherwise keeps below the limit"
        )
    rate_limit, rate_interval = _rate_limit()
    return Settings(
        live=True,
        base_url=base_url,
        token=token,
        second_token=second,
        registered_email=email,
        rate_limit=rate_limit,
        rate_interval=rate_interval,
        max_examples=max_examples,
        stateful_steps=steps,
        seed=seed,
        seed_is_explicit=explicit,
        app_factory=app_factory,
        burst=burst,
        wipe=wipe,
        user_id=os.environ.get("INTEGRATOR_USER_ID", "").strip() or None,
        job_timeout=job_timeout,
        skip_reasons=skips,
    )


def with_seed(settings: Settings, seed: int) -> Settings:
    return replace(settings, seed=seed)
