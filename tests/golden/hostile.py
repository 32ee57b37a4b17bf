"""A spec whose every free-text field tries to break out of the generated code.

Used by tests/client/test_client_hostile.py; kept next to the golden fixture because it is
fixture data, not a test.
"""

from __future__ import annotations

from typing import Any

ESCAPE = '"""; open("PWNED", "w").write("x"); """'
TEXT = f"Grüße ☃ 日本 \\ back\\slash ''' {ESCAPE} {{curly}} %s \n    indented\nend with backslash \\"
PROPERTIES = {
    "_id": "underscore id",
    "class": "a keyword",
    "import": "another keyword",
    "with space": "a space",
    'quote"d': "a quote",
    "back\\slash": "a backslash",
    "ünïcödé": "non-ASCII",
    "self": "self",
    "None": "None",
}
ENUM_VALUES = ["it's", 'say "hi"', "back\\slash", "new\nline", "日本", "class"]


def hostile_spec() -> dict[str, Any]:
    thing_properties: dict[str, Any] = {
        name: {"type": "string", "description": f"{label}: {TEXT}"}
        for name, label in PROPERTIES.items()
    }
    thing_properties["kind"] = {"$ref": "#/components/schemas/Kind"}
    return {
        "openapi": "3.1.0",
        "info": {"title": f'Evil """ API', "version": "6.6.6", "description": TEXT},
        "servers": [
            {"url": "https://evil.example.test", "description": TEXT},
            {"url": f"https://evil.example.test/{ESCAPE}", "description": TEXT},
        ],
        "security": [{"bearerAuth": []}],
        "paths": {
            "/v1/th'ings": {
                "post": {
                    "operationId": "createThing",
                    "summary": TEXT,
                    "description": TEXT,
                    "tags": [TEXT],
                    "x-sdk-method": "things.create",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "responses": {
                        "201": {
                            "description": TEXT,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            },
            "/v1/th'ings/{_id}": {
                "get": {
                    "operationId": "getThing",
                    "summary": TEXT,
                    "tags": [TEXT],
                    "x-sdk-method": "things.get",
                    "parameters": [
                        {
                            "name": "_id",
                            "in": "path",
                            "required": True,
                            "description": TEXT,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": TEXT,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Kind": {"type": "string", "enum": ENUM_VALUES, "description": TEXT},
                "Thing": {
                    "type": "object",
                    "title": TEXT,
                    "description": TEXT,
                    "properties": thing_properties,
                },
            },
        },
    }
