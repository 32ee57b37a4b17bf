"""Templates are one flat list: every template in one answer, no paging."""

from __future__ import annotations

from contract_tests.scenarios.base import declare, described, ids_of
from contract_tests.scenarios.resources import TEMPLATE, make
from contract_tests.session import Session


def templates_are_one_flat_list(s: Session) -> None:
    made = [make(s, TEMPLATE) for _ in range(3)]
    ours = [item.id for item in made if item is not None]
    if len(ours) != len(made):
        return
    # `limit` is not a parameter of this list: a flat list ignores it.
    response = s.send("listTemplates", query={"limit": "1"})
    listed = ids_of(response)
    s.expect(
        response.status_code == 200 and set(ours) <= set(listed) and "link" not in response.headers,
        f"templates come as one list with every template and no Link: got {described(response)}, "
        f"{len(set(ours) & set(listed))} of our {len(ours)} templates, Link {response.headers.get('link')!r}",
        response,
        "listTemplates",
    )


declare(
    "templates_are_one_flat_list",
    templates_are_one_flat_list,
    ("templates.flat-list",),
    TEMPLATE.crud | {"listTemplates"},
)
