"""A synthetic OpenAPI 3.1 document with any number of operations, shaped like ours.

The generation benchmark's scaling curve needs specs of 100 to 1000 operations that both
openapi-python-client and our codegen accept. Each resource has the five CRUD operations
(list, create, get, update, delete) on `/v1/<plural>` and `/v1/<plural>/{_id}`; every fourth
resource is nested under the one before it (`/v1/orders/{_id}/invoices/{_invoiceId}`, like
`connectors.licenses`). Every resource has its own component schema of twelve properties
(strings, an enum, integer, number, boolean, array, date-times, a `$ref` to a shared
`Owner`, an inline object), and every operation carries what our codegen and lint expect of
the real spec: `operationId`, a tag, a summary, `x-sdk-method`, a 401 with the `AuthError`
body, the shared `Error` envelope on every other error, a 429 with `Retry-After`, bearer
security and two servers.

The output is deterministic: the same `--operations` always gives the same bytes.

    python -m bench.synthetic_spec --operations 300 --out spec.json
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

JsonObject = dict[str, Any]

# (plural, singular) of the resource names; a round number is appended once they run out.
NOUNS: tuple[tuple[str, str], ...] = (
    ("orders", "order"),
    ("invoices", "invoice"),
    ("customers", "customer"),
    ("products", "product"),
    ("shipments", "shipment"),
    ("payments", "payment"),
    ("vendors", "vendor"),
    ("warehouses", "warehouse"),
    ("contracts", "contract"),
    ("tickets", "ticket"),
    ("projects", "project"),
    ("employees", "employee"),
    ("accounts", "account"),
    ("subscriptions", "subscription"),
    ("refunds", "refund"),
    ("campaigns", "campaign"),
    ("assets", "asset"),
    ("reports", "report"),
    ("devices", "device"),
    ("locations", "location"),
)
CRUD = ("list", "create", "get", "update", "delete")
# Every NESTED_EVERY-th resource lives under the resource before it.
NESTED_EVERY = 4
ERROR_RESPONSES = {
    "400": "400-bad-request",
    "401": "401-unauthorized",
    "404": "404-not-found",
    "422": "422-unprocessable-entity",
    "429": "429-too-many-requests",
}
# Which error statuses each CRUD operation documents (401 and 429 are on all of them).
OPERATION_ERRORS = {
    "list": ("401", "429"),
    "create": ("400", "401", "422", "429"),
    "get": ("401", "404", "429"),
    "update": ("400", "401", "404", "422", "429"),
    "delete": ("401", "404", "429"),
}


@dataclass(frozen=True, slots=True)
class Resource:
    plural: str  # path segment and SDK attribute: "orders", "orders2"
    singular: str  # "order", "order2"
    parent: Resource | None

    @property
    def model(self) -> str:
        return _pascal(self.singular)

    @property
    def tag(self) -> str:
        # Nested resources share their parent's tag, as licenses share "Connectors".
        return self.parent.tag if self.parent else _pascal(self.plural)

    @property
    def sdk_prefix(self) -> str:
        return f"{self.parent.plural}.{self.plural}" if self.parent else self.plural

    @property
    def item_parameter(self) -> str:
        return f"_{self.singular}Id" if self.parent else "_id"

    @property
    def collection_path(self) -> str:
        if self.parent:
            return f"/v1/{self.parent.plural}/{{_id}}/{self.plural}"
        return f"/v1/{self.plural}"

    @property
    def item_path(self) -> str:
        return f"{self.collection_path}/{{{self.item_parameter}}}"


def _pascal(name: str) -> str:
    return name[:1].upper() + name[1:]


def resources(count: int) -> list[Resource]:
    """`count` resources with distinct names; every NESTED_EVERY-th one under its predecessor."""
    found: list[Resource] = []
    for index in range(count):
        plural, singular = NOUNS[index % len(NOUNS)]
        round_number = index // len(NOUNS)
        suffix = str(round_number + 1) if round_number else ""
        nested = index % NESTED_EVERY == NESTED_EVERY - 1 and found[-1].parent is None
        parent = found[-1] if nested else None
        found.append(Resource(plural + suffix, singular + suffix, parent))
    return found


def operations_per_resource(operations: int) -> list[tuple[Resource, tuple[str, ...]]]:
    """Exactly `operations` operations: full CRUD sets, the remainder on one more resource."""
    if operations < 1:
        raise ValueError("a spec needs at least one operation")
    full, rest = divmod(operations, len(CRUD))
    all_resources = resources(full + (1 if rest else 0))
    plan: list[tuple[Resource, tuple[str, ...]]] = [(r, CRUD) for r in all_resources[:full]]
    if rest:
        plan.append((all_resources[full], CRUD[:rest]))
    return plan


def _ref(kind: str, name: str) -> JsonObject:
    return {"$ref": f"#/components/{kind}/{name}"}


def resource_schema(resource: Resource) -> JsonObject:
    """Twelve properties of mixed types, like a typical integrator.io document."""
    properties: JsonObject = {
        "_id": {"type": "string", "format": "objectId", "readOnly": True},
        "name": {"type": "string", "description": f"Display name of the {resource.singular}."},
        "description": {"type": "string"},
        "status": {"type": "string", "enum": ["active", "paused", "archived"]},
        "quantity": {"type": "integer", "minimum": 0},
        "amount": {"type": "number", "description": "Amount in the account's currency."},
        "enabled": {"type": "boolean"},
        "labels": {"type": "array", "items": {"type": "string"}},
        "createdAt": {"type": "string", "format": "date-time", "readOnly": True},
        "lastModified": {"type": "string", "format": "date-time", "readOnly": True},
        "owner": _ref("schemas", "Owner"),
        "settings": {
            "type": "object",
            "properties": {
                "timezone": {"type": "string"},
                "retryCount": {"type": "integer"},
                "notify": {"type": "boolean"},
            },
        },
    }
    if resource.parent:
        properties[f"_{resource.parent.singular}Id"] = {"type": "string", "format": "objectId"}
    return {
        "type": "object",
        "description": f"A {resource.singular} resource.",
        "required": ["name"],
        "properties": properties,
    }


def shared_components() -> JsonObject:
    """The error envelope, the 401 body, the shared Owner and the reusable responses."""
    error = {
        "type": "object",
        "description": "Standard error response envelope.",
        "required": ["errors"],
        "properties": {
            "errors": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["message"],
                    "properties": {
                        "code": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                        "message": {"type": "string"},
                        "field": {"type": "string"},
                    },
                },
            }
        },
    }
    auth_error = {
        "type": "object",
        "required": ["message"],
        "properties": {"message": {"type": "string"}},
    }
    owner = {
        "type": "object",
        "properties": {
            "_id": {"type": "string", "format": "objectId"},
            "email": {"type": "string", "format": "email"},
            "name": {"type": "string"},
        },
    }
    responses: JsonObject = {}
    for status, name in ERROR_RESPONSES.items():
        schema = "AuthError" if status == "401" else "Error"
        body: JsonObject = {
            "description": name.split("-", 1)[1].replace("-", " ").capitalize() + ".",
            "content": {"application/json": {"schema": _ref("schemas", schema)}},
        }
        if status == "429":
            body["headers"] = {"Retry-After": _ref("headers", "Retry-After")}
        responses[name] = body
    return {
        "schemas": {"Error": error, "AuthError": auth_error, "Owner": owner},
        "responses": responses,
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before retrying.",
                "schema": {"type": "integer"},
            }
        },
        "parameters": {
            "PageSize": {
                "name": "pageSize",
                "in": "query",
                "description": "Items per page.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 1000},
            },
            "Cursor": {
                "name": "cursor",
                "in": "query",
                "description": "Where the previous page ended.",
                "schema": {"type": "string"},
            },
        },
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
    }


def _path_parameter(name: str, description: str) -> JsonObject:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": {"type": "string"},
    }


def _names(resource: Resource, verb: str) -> tuple[str, str]:
    """(operationId, summary) of one CRUD operation."""
    model, singular = resource.model, resource.singular
    return {
        "list": (f"list{_pascal(resource.plural)}", f"List {resource.plural}"),
        "create": (f"create{model}", f"Create a {singular}"),
        "get": (f"get{model}ById", f"Get a {singular}"),
        "update": (f"update{model}", f"Update a {singular}"),
        "delete": (f"delete{model}", f"Delete a {singular}"),
    }[verb]


def _json_content(schema: JsonObject) -> JsonObject:
    return {"application/json": {"schema": schema}}


def _successes(resource: Resource, verb: str) -> JsonObject:
    model = _ref("schemas", resource.model)
    if verb == "list":
        return {
            "200": {
                "description": f"Array of {resource.singular} resources.",
                "content": _json_content({"type": "array", "items": model}),
            },
            # As the real API: an empty list is a 204.
            "204": {"description": f"No {resource.plural} exist."},
        }
    if verb == "delete":
        return {"204": {"description": f"{resource.model} deleted."}}
    status = "201" if verb == "create" else "200"
    return {status: {"description": f"The {resource.singular}.", "content": _json_content(model)}}


def operation(resource: Resource, verb: str) -> JsonObject:
    operation_id, summary = _names(resource, verb)
    errors = {s: _ref("responses", ERROR_RESPONSES[s]) for s in OPERATION_ERRORS[verb]}
    result: JsonObject = {
        "operationId": operation_id,
        "summary": summary,
        "description": f"{summary}. Synthetic operation for the generation benchmark.",
        "tags": [resource.tag],
        "x-sdk-method": f"{resource.sdk_prefix}.{verb}",
        # The merge records where each operation came from; our lint requires it.
        "x-source": f"synthetic/{resource.plural}.json",
        "responses": {**_successes(resource, verb), **errors},
    }
    if verb in ("create", "update"):
        result["requestBody"] = {
            "required": True,
            "content": _json_content(_ref("schemas", resource.model)),
        }
    if verb == "list":
        result["parameters"] = [_ref("parameters", "PageSize"), _ref("parameters", "Cursor")]
    return result


def _path_item_parameters(resource: Resource, item: bool) -> list[JsonObject]:
    params = []
    if resource.parent:
        params.append(_path_parameter("_id", f"The {resource.parent.singular} ID."))
    if item:
        params.append(_path_parameter(resource.item_parameter, f"The {resource.singular} ID."))
    return params


def paths_for(resource: Resource, verbs: Sequence[str]) -> JsonObject:
    method = {"list": "get", "create": "post", "get": "get", "update": "put", "delete": "delete"}
    paths: JsonObject = {}
    for verb in verbs:
        item = verb not in ("list", "create")
        path = resource.item_path if item else resource.collection_path
        entry = paths.setdefault(path, {})
        parameters = _path_item_parameters(resource, item)
        if parameters:
            entry["parameters"] = parameters
        entry[method[verb]] = operation(resource, verb)
    return paths


def build_spec(operations: int) -> JsonObject:
    """A valid OpenAPI 3.1 document with exactly `operations` operations."""
    plan = operations_per_resource(operations)
    components = shared_components()
    paths: JsonObject = {}
    tags: dict[str, JsonObject] = {}
    for resource, verbs in plan:
        components["schemas"][resource.model] = resource_schema(resource)
        paths.update(paths_for(resource, verbs))
        tags.setdefault(
            resource.tag, {"name": resource.tag, "description": f"{resource.tag} and children."}
        )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Synthetic API",
            "version": "1.0.0",
            "description": f"{operations} synthetic operations for the generation benchmark.",
        },
        "servers": [
            {"url": "https://api.example.com", "description": "Default region"},
            {"url": "https://api.eu.example.com", "description": "EU region"},
        ],
        "security": [{"bearerAuth": []}],
        "tags": list(tags.values()),
        "paths": paths,
        "components": components,
    }


def operation_count(spec: JsonObject) -> int:
    verbs = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    return sum(1 for item in spec["paths"].values() for key in item if key in verbs)


def render(spec: JsonObject) -> str:
    """Canonical text (sorted keys), so equal specs are equal bytes."""
    return json.dumps(spec, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_spec(operations: int, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(build_spec(operations)), encoding="utf-8")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    cli = argparse.ArgumentParser(prog="python -m bench.synthetic_spec", description=__doc__)
    cli.add_argument("--operations", type=int, required=True, help="number of operations")
    cli.add_argument("--out", type=Path, required=True, help="where to write the JSON spec")
    args = cli.parse_args(argv)
    if args.operations < 1:
        cli.error("--operations must be at least 1")
    write_spec(args.operations, args.out)
    print(f"{args.out}: {args.operations} operations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
