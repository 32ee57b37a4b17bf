"""Decoding a list response of connectors into models, against json.loads of the same bytes.

The client's models from responses are decoded in full (nested models too) on the first read
of any of their fields, so "decoded" here means: the list the client returns, then one field
of every connector read (`use_every_record`), after which every model is what `from_dict`
builds (checked). What the list costs before any record is used is reported too.
"""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from bench.client_data import connectors_json
from bench.client_sdk import (
    connector_model,
    list_connectors_parser,
    parse_like_the_client,
    use_every_record,
)
from bench.model import Paired

JSON_HEADERS = {"content-type": "application/json"}


@dataclass(slots=True)
class Decoding:
    """As a program runs it (cyclic GC on), and with the GC off to show what it costs."""

    count: int
    size_bytes: int
    gc_on: Paired = field(default_factory=Paired)
    gc_off: Paired = field(default_factory=Paired)
    # The list as the client returns it, before any record is used (GC on).
    unread: Paired = field(default_factory=Paired)


@dataclass(frozen=True, slots=True)
class Hotspot:
    function: str
    calls: int
    own_seconds: float  # cProfile's tottime
    share: float  # of the profiled total


def _timed(work: Callable[[], object], *, collector: bool = True) -> float:
    # Garbage of the previous run is collected first, not charged to this one.
    gc.collect()
    if not collector:
        gc.disable()
    try:
        started = time.perf_counter()
        work()
        return time.perf_counter() - started
    finally:
        gc.enable()


def _check(result: list[Any], count: int) -> None:
    model = connector_model()
    if len(result) != count or not all(type(item) is model for item in result):
        raise RuntimeError(f"the client's list decoder returned {len(result)} undecoded items")
    if result[0].additional_properties:
        raise RuntimeError(f"fields the model does not know: {result[0].additional_properties}")
    nested = result[0].i_client_id_map[0]
    if nested != type(nested).from_dict(nested.to_dict()) or type(nested).__name__.startswith("_"):
        raise RuntimeError("a nested model was not decoded with its record")


def decoder(parse: Callable[[httpx.Response], list[Any]]) -> Callable[[httpx.Response], list[Any]]:
    """The list the client returns for a response, every record used (so decoded in full)."""

    def decode(response: httpx.Response) -> list[Any]:
        models = parse(response)
        use_every_record(models)
        return models

    return decode


def measure(count: int, runs: int) -> Decoding:
    body = connectors_json(count)
    parse = parse_like_the_client(list_connectors_parser())
    decode = decoder(parse)
    _check(decode(httpx.Response(200, content=body, headers=JSON_HEADERS)), count)
    decoding = Decoding(count, len(body))
    for _ in range(runs):
        for collector, samples in ((True, decoding.gc_on), (False, decoding.gc_off)):
            # A fresh response per run, built outside the clock: that is the transport's job.
            response = httpx.Response(200, content=body, headers=JSON_HEADERS)
            samples.ours.append(_timed(partial(decode, response), collector=collector))
            samples.peer.append(_timed(partial(json.loads, body), collector=collector))
        response = httpx.Response(200, content=body, headers=JSON_HEADERS)
        decoding.unread.ours.append(_timed(partial(parse, response)))
        decoding.unread.peer.append(_timed(partial(json.loads, body)))
    return decoding


_PER_RECORD = frozenset({"_from_wire", "__getattr__"})
# Categories of the decode's own time, first match wins: (label, test on (file, function)).
CATEGORIES: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("json.loads (C scanner)", lambda file, fn: file.endswith("json/decoder.py") or fn == "loads"),
    ("date-time parsing", lambda file, fn: file.endswith("_datetime.py") or "isoformat" in fn),
    ("the models' decoders (_decode)", lambda file, fn: fn == "_decode"),
    ("a model per record, first read (_from_wire, __getattr__)", lambda f, fn: fn in _PER_RECORD),
    ("the nested models' from_dict", lambda file, fn: fn == "from_dict"),
    ("built-ins called by them (dict.pop, isinstance, ...)", lambda file, fn: file == "~"),
    ("everything else", lambda file, fn: True),
)


@dataclass(frozen=True, slots=True)
class Profiled:
    """One decode under cProfile: own time by category, and the top functions."""

    total: float
    categories: list[tuple[str, float]]
    functions: list[Hotspot]


def _name(key: tuple[str, int, str]) -> str:
    filename, line, function = key
    if filename == "~":  # built-ins
        return function
    return f"{Path(filename).name}:{line} {function}"


def _category(filename: str, function: str) -> str:
    return next(label for label, matches in CATEGORIES if matches(filename, function))


def profile(count: int, top: int = 6) -> Profiled:
    """One decode of `count` connectors under cProfile, grouped by where the time goes."""
    body = connectors_json(count)
    decode = decoder(parse_like_the_client(list_connectors_parser()))
    response = httpx.Response(200, content=body, headers=JSON_HEADERS)
    profiler = cProfile.Profile()
    profiler.runcall(decode, response)
    table: dict[tuple[str, int, str], tuple[int, int, float, float, Any]]
    table = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in table.values())
    by_category = dict.fromkeys((label for label, _ in CATEGORIES), 0.0)
    for (filename, _line, function), entry in table.items():
        by_category[_category(filename, function)] += entry[2]
    ranked = sorted(table.items(), key=lambda item: -item[1][2])[:top]
    return Profiled(
        total=total,
        categories=[(label, seconds) for label, seconds in by_category.items() if seconds > 0],
        functions=[
            Hotspot(_name(key), calls, own, own / total if total else 0.0)
            for key, (_cc, calls, own, _cumulative, _callers) in ranked
        ],
    )
