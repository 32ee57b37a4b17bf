"""Models people can read: names, repr, unknown fields, and decoding field by field."""

from __future__ import annotations

import copy
import datetime
import pickle
import re
from typing import Any

import httpx
import integrator_io_client.models as models
import pytest
from integrator_io_client import FieldDecodeError, IntegratorClient, ResponseParseError
from integrator_io_client.models import (
    Flow,
    JobStatus,
    MappedRecord,
    PageGenerator,
    PageProcessor,
)
from integrator_io_client.types import UNSET

FLOW: dict[str, Any] = {
    "_id": "5f0c1a2b3c4d5e6f7a8b9c0d",
    "name": "Orders to NetSuite",
    "disabled": False,
    "pageGenerators": [{"_exportId": "a" * 24}],
    "pageProcessors": [{"type": "import", "_importId": "b" * 24}],
    "createdAt": "2024-05-01T12:00:00.000Z",
}
# Names openapi-python-client makes up for untitled inline schemas: where they sit, not what
# they are.
MADE_UP = re.compile(r"Response\d{3}|Body$|Item$|Item[A-Z]|As\d$|Json$")


def answering(body: Any, status: int = 200) -> IntegratorClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    return IntegratorClient("t", base_url="http://api.test", transport=httpx.MockTransport(handler))


def test_every_model_has_a_name_a_person_would_give() -> None:
    names = [name for name in models.__all__ if name[:1].isupper()]
    assert len(names) > 90
    assert [name for name in names if MADE_UP.search(name)] == []
    for wanted in ("InstallBaseEntry", "ConnectorInstallResult", "AddonLicense", "MappedRecord"):
        assert wanted in names


def test_repr_shows_the_fields_that_are_set() -> None:
    with answering({"_userId": "5e03061cda20740022300f09"}) as client:
        info = client.token_info()
    assert repr(info) == "TokenInfo(user_id='5e03061cda20740022300f09')"
    assert "Unset" not in repr(info) and "0x" not in repr(info)
    flow = Flow.from_dict(FLOW)
    assert repr(flow) == (
        "Flow(id='5f0c1a2b3c4d5e6f7a8b9c0d', name='Orders to NetSuite', "
        "created_at=datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc), "
        "disabled=False, page_generators=[PageGenerator(export_id='aaaaaaaaaaaaaaaaaaaaaaaa')], "
        "page_processors=[PageProcessor(type_=PageProcessorType.IMPORT, "
        "import_id='bbbbbbbbbbbbbbbbbbbbbbbb')])"
    )


def test_unknown_fields_are_kept_and_shown() -> None:
    with answering({"_userId": "u1", "plan": {"tier": "gold"}}) as client:
        info = client.token_info()
    assert info.additional_properties == {"plan": {"tier": "gold"}}
    assert info["plan"] == {"tier": "gold"}
    assert repr(info) == "TokenInfo(user_id='u1', additional_properties={'plan': {'tier': 'gold'}})"
    assert info.to_dict() == {"_userId": "u1", "plan": {"tier": "gold"}}
    # A model with no declared fields (a record) shows its content.
    assert repr(MappedRecord.from_dict({"email": "a@b.c"})) == "MappedRecord({'email': 'a@b.c'})"


def test_enum_unset_and_empty_reprs() -> None:
    assert repr(JobStatus.COMPLETED) == "JobStatus.COMPLETED"
    assert str(JobStatus.COMPLETED) == "completed"
    assert repr(UNSET) == "UNSET"
    assert repr(PageGenerator(export_id="x")) == "PageGenerator(export_id='x')"


def test_a_model_that_contains_itself_still_shows() -> None:
    processor = PageProcessor.from_dict({"type": "export"})
    processor.additional_properties["self"] = processor
    assert repr(processor) == (
        "PageProcessor(type_=PageProcessorType.EXPORT, additional_properties={'self': PageProcessor(...)})"
    )


def test_response_models_decode_on_first_use() -> None:
    wire = {**FLOW, "createdAt": "not a date"}
    flow = Flow._from_wire(wire)  # nothing decoded yet: no error
    with pytest.raises(FieldDecodeError) as caught:
        _ = flow.name  # the first read decodes the model, and names the field at fault
    assert caught.value.model == "Flow" and caught.value.field == "created_at"
    assert "Flow.created_at" in str(caught.value)
    # Nested models are decoded with their record.
    nested = Flow._from_wire({**FLOW, "pageProcessors": [{"type": "neither"}]})
    with pytest.raises(FieldDecodeError) as inner:
        _ = nested.name
    assert inner.value.field == "page_processors"
    with pytest.raises(FieldDecodeError):
        _ = nested.name  # it stays undecoded: the next read says the same
    # The eager decoder checks everything at once.
    with pytest.raises(ValueError):
        Flow.from_dict(wire)


def test_lazy_and_eager_models_agree() -> None:
    lazy, eager = Flow._from_wire(dict(FLOW)), Flow.from_dict(FLOW)
    assert lazy == eager
    assert lazy.to_dict() == eager.to_dict() == FLOW
    assert isinstance(lazy.page_generators, list)
    assert isinstance(lazy.page_generators[0], PageGenerator)
    assert lazy.created_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    assert copy.deepcopy(lazy) == eager
    assert pickle.loads(pickle.dumps(Flow._from_wire(dict(FLOW)))) == eager
    assert copy.copy(Flow._from_wire(dict(FLOW))) == eager
    assert not hasattr(lazy, "no_such_field")


def test_a_decoded_response_model_is_a_plain_model() -> None:
    flow = Flow._from_wire(dict(FLOW))
    assert isinstance(flow, Flow) and type(flow).__name__ == "Flow"
    assert flow.name == "Orders to NetSuite"
    assert type(flow) is Flow  # decoded: no hooks left on its attributes
    assert type(flow.page_generators[0]) is PageGenerator  # nested ones with it
    assert flow.page_generators[0].export_id == "a" * 24
    assert Flow._from_wire(dict(FLOW)) == flow == Flow._from_wire(dict(FLOW))


def test_changes_to_a_response_model_stick() -> None:
    flow = Flow._from_wire(dict(FLOW))
    flow.name = "Renamed"  # assigned before anything was read: nothing is decoded over it
    flow.page_processors[0].import_id = "c" * 24
    sent = flow.to_dict()
    assert sent["name"] == "Renamed"
    assert sent["pageProcessors"][0]["_importId"] == "c" * 24
    assert sent["createdAt"] == FLOW["createdAt"]  # a date read is written back as it came
    built = Flow(name="Built")  # models made in Python are complete at once
    built.disabled = True
    assert built.to_dict() == {"name": "Built", "disabled": True}


def test_answers_that_are_not_the_documented_shape() -> None:
    with answering({"scope": "*"}) as client, pytest.raises(ResponseParseError) as caught:
        client.token_info()  # _userId is required
    assert "_userId" in str(caught.value)
    with answering(["not", "an", "object"]) as client, pytest.raises(ResponseParseError):
        client.token_info()
    with answering({"not": "a list"}) as client, pytest.raises(ResponseParseError):
        client.flows.list()
    with answering([{"_id": "no name"}]) as client, pytest.raises(ResponseParseError):
        client.flows.list()  # Flow.name is required
