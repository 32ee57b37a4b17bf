"""Templates: one flat list; `published` is read-only (the vendor lists a template)."""

from __future__ import annotations

from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Resource, Write


def not_published_yet(write: Write) -> None:
    write.document["published"] = False


TEMPLATES = serve(
    Resource(
        name="templates",
        schema="Template",
        operations=Operations(
            list="listTemplates",
            create="createTemplate",
            get="getTemplateById",
            update="updateTemplate",
            delete="deleteTemplate",
        ),
        on_create=(not_published_yet,),
    )
)
