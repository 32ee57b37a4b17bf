"""The version gate in `make check`, the CHANGELOG entry, and `generator release`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.errors import SpecError
from generator.releases.diff import Change
from generator.releases.diff.model import Area, additive, breaking, cosmetic, possibly_breaking
from generator.releases.versioning import judge
from generator.spec.pipeline import render_spec

REPO = Path(__file__).resolve().parents[2]


def _change(factory: object) -> Change:
    assert callable(factory)
    made = factory(Area.PATHS, "kind", "#/paths/~1x/get", "something happened", ("GET /x",))
    assert isinstance(made, Change)
    return made


BREAKING, POSSIBLY = _change(breaking), _change(possibly_breaking)
ADDED, COSMETIC = _change(additive), _change(cosmetic)


@pytest.mark.parametrize(
    ("published", "current", "changes", "ok", "minimum"),
    [
        ("1.0.0", "2.0.0", [BREAKING], True, "2.0.0"),
        ("1.0.0", "1.1.0", [BREAKING], False, "2.0.0"),
        ("1.4.2", "2.0.0rc1", [BREAKING], True, "2.0.0"),
        ("1.0.0", "1.1.0", [ADDED, COSMETIC], True, "1.1.0"),
        ("1.0.0", "1.0.1", [ADDED], False, "1.1.0"),
        ("1.0.0", "1.0.1", [POSSIBLY], False, "1.1.0"),
        ("1.0.0", "1.0.1", [COSMETIC], True, "1.0.1"),
        ("1.0.0", "1.0.0", [COSMETIC], False, "1.0.1"),
        ("1.0.0", "1.0.0", [], True, "1.0.0"),
        ("1.0.0", "1.0.3", [], True, "1.0.0"),  # a client-only release may bump freely
        ("1.2.0", "1.1.9", [], False, "1.2.0"),
        ("0.3.1", "0.4.0", [BREAKING], True, "0.4.0"),  # below 1.0 breaking moves the minor
        ("0.3.1", "0.3.2", [BREAKING], False, "0.4.0"),
        ("0.3.1", "0.3.2", [ADDED], True, "0.3.2"),
    ],
)
def test_the_bump_must_match_the_changes(
    published: str, current: str, changes: list[Change], ok: bool, minimum: str
) -> None:
    verdict = judge(published, current, changes)
    assert (verdict.ok, verdict.minimum) == (ok, minimum), verdict.message


def test_a_refusal_says_why_and_what_to_do() -> None:
    verdict = judge("1.0.0", "1.1.0", [BREAKING, ADDED])
    assert not verdict.ok
    assert verdict.message.splitlines() == [
        "version gate failed: info.version 1.1.0 is too small a step from the published 1.0.0: "
        "1 breaking, 0 possibly breaking, 1 non-breaking change(s): needs a major bump, "
        "so the next release must be 2.0.0 or later.",
        "Changes that need the major bump:",
        "  - paths: #/paths/~1x/get: something happened",
        "Set info.version in specs/sources/root.yaml to 2.0.0 (or higher), run "
        "`make generate`, and commit.",
    ]


def test_a_version_that_is_not_semver_is_a_clear_error() -> None:
    with pytest.raises(SpecError, match=r"info.version 'latest' is not a version"):
        judge("1.0.0", "latest", [])


# --- end to end: `generator check` on a copy of the sources with one edit -----------------

EDITS = {
    # An operation of ours alone: removing one a vendor page documents fails the coverage lint.
    "operation removed": (
        "- target: \"$.paths['/v1/connections'].post.responses['201'].links.GetConnectionDebugLogs\"\n"
        "  remove: true\n"
        "- {target: \"$.paths['/v1/connections/{_id}/debug']\", remove: true}\n"
    ),
    "request field required": (
        "- {target: '$.components.schemas.Connector', update: {required: [websiteURL]}}\n"
    ),
    "property type changed": (
        "- target: '$.components.schemas.Connector.properties.numInstalls'\n"
        "  update: {type: string}\n"
    ),
    "optional field added": (
        "- target: '$.components.schemas.TokenInfo.properties'\n"
        "  update: {expires: {type: string, description: When the token expires.}}\n"
    ),
}


class Workspace:
    """A copy of specs/sources with one overlay added, merged and generated in tmp.

    Its last release is the copy itself as 1.0.0 (released/: its spec and a first
    entry), so each test sees only the change its edit makes, whatever the repository's
    own released version is.
    """

    def __init__(self, root: Path, edit: str) -> None:
        self.root = root
        self.sources = root / "sources"
        shutil.copytree(REPO / "specs" / "sources", self.sources)
        self.set_release_notes(None)
        self.set_version("1.0.0")
        released = root / "released"
        released.mkdir()
        (released / "openapi.json").write_text(render_spec(self.sources), encoding="utf-8")
        (released / "CHANGELOG.md").write_text(
            "## 1.0.0 (2026-11-23)\n\nFirst release.\n", encoding="utf-8"
        )
        overlay = "overlay: 1.0.0\ninfo: {title: test edit, version: 1.0.0}\nactions:\n" + edit
        (self.sources / "overlays" / "99-test-edit.yaml").write_text(overlay, encoding="utf-8")

    def set_release_notes(self, notes: str | None) -> None:
        root_yaml = self.sources / "root.yaml"
        document = yaml.safe_load(root_yaml.read_text(encoding="utf-8"))
        document["info"].pop("x-release-notes", None)
        if notes is not None:
            document["info"]["x-release-notes"] = notes
        root_yaml.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    def set_version(self, version: str) -> None:
        root_yaml = self.sources / "root.yaml"
        text = root_yaml.read_text(encoding="utf-8")
        info_version = re.compile(r"^(  version: ).*$", re.MULTILINE)
        assert info_version.search(text), "root.yaml has no info.version line"
        root_yaml.write_text(info_version.sub(rf"\g<1>{version}", text, count=1), "utf-8")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        paths = {"--spec": self.root / "openapi.json", "--out": self.root / "client"}
        command = [sys.executable, "-m", "generator", "--sources", str(self.sources), *args]
        if args[0] == "merge":
            command += ["--out", str(paths["--spec"])]
        else:
            command += [f"{k}={v}" for k, v in paths.items()]
            command += [f"--released={self.root / 'released'}"]
        return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)

    def generate_and_check(self) -> subprocess.CompletedProcess[str]:
        for step in ("merge", "codegen"):
            done = self.run(step)
            assert done.returncode == 0, done.stderr
        return self.run("check")


@pytest.mark.parametrize(
    "edit", ["operation removed", "request field required", "property type changed"]
)
def test_a_breaking_change_needs_a_major_bump(edit: str, tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, EDITS[edit])
    workspace.set_version("1.1.0")
    refused = workspace.generate_and_check()
    assert refused.returncode == 1
    assert "version gate failed: info.version 1.1.0 is too small a step" in refused.stderr
    assert "the next release must be 2.0.0 or later" in refused.stderr
    assert "up to date" in refused.stdout  # the drift check itself passed
    changelog = (tmp_path / "client" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 1.1.0 (unreleased)\n\nAPI changes since 1.0.0.\n\n### Breaking changes" in changelog
    workspace.set_version("2.0.0")
    accepted = workspace.generate_and_check()
    assert accepted.returncode == 0, accepted.stderr
    assert "version gate: 2.0.0 after the published 1.0.0" in accepted.stdout


def test_an_optional_field_passes_with_a_minor_bump_and_can_be_released(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, EDITS["optional field added"])
    workspace.set_version("1.0.1")
    refused = workspace.generate_and_check()
    assert refused.returncode == 1
    assert "the next release must be 1.1.0 or later" in refused.stderr
    workspace.set_version("1.1.0")
    accepted = workspace.generate_and_check()
    assert accepted.returncode == 0, accepted.stderr
    changelog = (tmp_path / "client" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 1.1.0 (unreleased)" in changelog
    assert (
        "### Added\n\n- schemas: `TokenInfo.expires`: optional property 'expires' added"
        in changelog
    )
    assert changelog.index("## 1.1.0") < changelog.index("## 1.0.0 (")

    released = workspace.run("release", "--date", "2026-12-01")
    assert released.returncode == 0, released.stderr
    assert "recorded release 1.1.0" in released.stdout
    history = (tmp_path / "released" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert history.startswith("## 1.1.0 (2026-12-01)\n")
    changelog = (tmp_path / "client" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "unreleased" not in changelog
    assert workspace.run("check").returncode == 0
    again = workspace.run("release")
    assert again.returncode == 1
    assert "nothing to release: 1.1.0 is already the published version" in again.stderr


def test_the_release_notes_open_the_entry(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, EDITS["optional field added"])
    workspace.set_version("1.1.0")
    workspace.set_release_notes("Tokens now say when they expire.")
    assert workspace.generate_and_check().returncode == 0
    changelog = (tmp_path / "client" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 1.1.0 (unreleased)\n\nTokens now say when they expire.\n\nAPI changes" in changelog


def test_release_refuses_a_too_small_bump_and_writes_nothing(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, EDITS["operation removed"])
    workspace.set_version("1.1.0")
    assert workspace.run("merge").returncode == 0
    before = {p.name: p.read_bytes() for p in (tmp_path / "released").iterdir()}
    refused = workspace.run("release")
    assert refused.returncode == 1
    assert "version gate failed" in refused.stderr
    assert {p.name: p.read_bytes() for p in (tmp_path / "released").iterdir()} == before


def test_an_interrupted_release_is_redone_without_a_second_entry(tmp_path: Path) -> None:
    from generator.releases.history import without_entry

    history = "## 1.1.0 (2026-12-01)\n\nAdded x.\n\n## 1.0.0 (2026-11-23)\n\nFirst release."
    assert without_entry(history, "1.1.0") == "## 1.0.0 (2026-11-23)\n\nFirst release."
    assert without_entry(history, "1.2.0") == history
    assert without_entry("## 1.1.0 (2026-12-01)\n\nonly", "1.1.0") == ""

    workspace = Workspace(tmp_path, EDITS["optional field added"])
    workspace.set_version("1.1.0")
    assert workspace.run("merge").returncode == 0
    # The first attempt wrote the history, then stopped before copying the spec.
    (tmp_path / "released" / "CHANGELOG.md").write_text(
        "## 1.1.0 (2026-12-01)\n\nhalf done\n\n## 1.0.0 (2026-11-23)\n\nFirst release: 26 operations.\n",
        encoding="utf-8",
    )
    redone = workspace.run("release", "--date", "2026-12-02")
    assert redone.returncode == 0, redone.stderr
    history_text = (tmp_path / "released" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert history_text.count("## 1.1.0") == 1
    assert history_text.startswith("## 1.1.0 (2026-12-02)")
    assert "## 1.0.0 (2026-11-23)" in history_text


def test_a_history_without_its_spec_is_refused(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, EDITS["optional field added"])
    (tmp_path / "released" / "openapi.json").unlink()
    for step in ("merge", "codegen"):
        workspace.run(step)
    refused = workspace.run("check")
    assert refused.returncode == 1
    assert "lists releases but" in refused.stderr and "openapi.json is missing" in refused.stderr
