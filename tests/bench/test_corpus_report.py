"""The robustness benchmark's report: reasons in one line, counts, and its target."""

from __future__ import annotations

from bench.corpus import OK, Outcome, _reason, section


def test_the_reason_is_our_error_line_with_its_first_detail() -> None:
    output = (
        "Traceback is not shown\n"
        "error: openapi-python-client would leave out parts of the spec:\n"
        "  - WARNING parsing GET /x within y. Endpoint will not be generated.\n"
        "Fix the spec, or generate without them\n"
    )
    assert _reason(output) == (
        "error: openapi-python-client would leave out parts of the spec: - WARNING parsing "
        "GET /x within y. Endpoint will not be generated."
    )
    assert _reason("a\nNameError: name 'Unset' is not defined\n") == (
        "NameError: name 'Unset' is not defined"
    )


def test_the_target_compares_importable_clients_with_raw() -> None:
    outcomes = [
        Outcome("a.json", OK, OK, OK),
        Outcome("b.json", OK, "generation failed: error: would drop", OK),
        Outcome("c.json", "does not import: NameError", OK, OK),
    ]
    report = section(outcomes)
    assert report.targets[0].met and report.targets[0].measured == "3 vs 2 of 3"
    assert report.tables[0].rows[1][1] == 2  # ours as make generate runs it
    assert [row[0] for row in report.tables[1].rows] == ["c.json"]
    assert [row[0] for row in report.tables[2].rows] == ["b.json"]
    worse = section([Outcome("d.json", OK, OK, "does not import: ModuleNotFoundError")])
    assert not worse.targets[0].met
    assert "d.json" in worse.description
