# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Values taken from the OpenAPI document and generator/config.yaml at generation time."""

from typing import Final

__version__: Final = "2.0.0"

# The spec's `servers`, by region name; the first one is the default.
SERVERS: Final[dict[str, str]] = {
    "us": "https://api.integrator.io",  # Production (US / default region)
    "eu": "https://api.eu.integrator.io",  # Production (EU region)
}
DEFAULT_REGION: Final = "us"

ENV_TOKEN: Final = "INTEGRATOR_API_TOKEN"
ENV_BASE_URL: Final = "INTEGRATOR_BASE_URL"
ENV_LOG: Final = "INTEGRATOR_LOG"
ENV_RATE_LIMIT: Final = "INTEGRATOR_RATE_LIMIT"

# The API's documented leaky bucket (the spec's `x-rate-limit`): requests of room, and how
# many drain per second. None: the spec documents no limit.
DOCUMENTED_RATE_LIMIT: Final[tuple[int, float] | None] = (1000, 300.0)

# Records per page of the lists that page by `createdAt` (jobs); a shorter page is the last.
CREATED_AT_PAGE_SIZE: Final = 1001

DEFAULT_TIMEOUT: Final = 60.0
DEFAULT_MAX_RETRIES: Final = 2
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
# A Retry-After longer than this is not worth blocking a caller for; we give up instead.
MAX_RETRY_AFTER: Final = 60.0

USER_AGENT: Final = "integrator-io-client/2.0.0"
