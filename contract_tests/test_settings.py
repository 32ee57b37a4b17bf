"""`settings.load` turns bad environment values into a clear `SettingsError` (no requests sent)."""

from __future__ import annotations

import pytest

from contract_tests import settings


@pytest.fixture
def live_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("INTEGRATOR_BASE_URL", "http://127.0.0.1:4010")
    monkeypatch.setenv("INTEGRATOR_API_TOKEN", "token")
    return monkeypatch


@pytest.mark.parametrize(
    ("raw", "expected", "interval"),
    [("30/s", "30/s", 1 / 30), ("2/m", "2/m", 30.0), ("1/h", "1/h", 3600.0), ("off", None, 0.0)],
)
def test_rate_limit_is_parsed_once(
    live_env: pytest.MonkeyPatch, raw: str, expected: str | None, interval: float
) -> None:
    live_env.setenv("CONTRACT_RATE_LIMIT", raw)
    loaded = settings.load(live=True)
    assert loaded.rate_limit == expected
    assert loaded.rate_interval == pytest.approx(interval)


def test_zero_rate_limit_is_a_settings_error(live_env: pytest.MonkeyPatch) -> None:
    live_env.setenv("CONTRACT_RATE_LIMIT", "0/s")
    with pytest.raises(settings.SettingsError, match=r"CONTRACT_RATE_LIMIT .*'0/s'"):
        settings.load(live=True)


@pytest.mark.parametrize("raw", ["30", "30/d", "x/s", "-1/s", "3.5/s"])
def test_malformed_rate_limit_is_a_settings_error(live_env: pytest.MonkeyPatch, raw: str) -> None:
    live_env.setenv("CONTRACT_RATE_LIMIT", raw)
    with pytest.raises(settings.SettingsError, match="CONTRACT_RATE_LIMIT must look like"):
        settings.load(live=True)
