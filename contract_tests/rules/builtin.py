"""The schemathesis built-in checks, and the rules each of them enforces.

Most are about the spec itself (`openapi.*`, described in contract_tests/README.md); a few
enforce a documented rule directly.
"""

from __future__ import annotations

from contract_tests.rules import registry

BUILTIN_RULES: dict[str, tuple[str, ...]] = {
    "status_code_conformance": ("openapi.status",),
    "content_type_conformance": ("openapi.content-type",),
    "response_schema_conformance": ("openapi.schema",),
    "response_headers_conformance": ("openapi.schema",),
    "not_a_server_error": ("openapi.server-error",),
    "use_after_free": ("openapi.links",),
    "ensure_resource_availability": ("openapi.links",),
    "ignored_auth": ("auth.missing-header", "auth.bad-token"),
    "negative_data_rejection": ("errors.validation", "query.invalid-400"),
    "positive_data_acceptance": ("openapi.status",),
    "missing_required_header": ("openapi.status",),
    "unsupported_method": ("openapi.status",),
    # Not checks: the exchange broke HTTP (e.g. bytes after a 204 garble the next answer).
    "engine_error": ("openapi.status",),
    "transport_error": ("openapi.status",),
}

for _name, _rules in BUILTIN_RULES.items():
    registry.register(_name, "builtin", _rules)
