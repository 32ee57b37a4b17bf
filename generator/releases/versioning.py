"""The version gate: the published package's version must grow as much as the API changed.

Semantic versioning of `integrator-io-client`, from `info.version`: a breaking change needs
a major bump, a possibly breaking or additive one a minor bump, anything else a patch. Below
1.0.0 every rule moves one place right (breaking -> minor), as Cargo and npm read 0.x.
"""

from __future__ import annotations

from dataclasses import dataclass

from packaging.version import InvalidVersion, Version

from generator.errors import SpecError
from generator.releases.diff.model import Bump, Change, required_bump
from generator.releases.diff.render import summary


@dataclass(frozen=True)
class Verdict:
    ok: bool
    published: str
    current: str
    needed: Bump
    minimum: str
    message: str


def parse(text: str, what: str) -> Version:
    try:
        version = Version(text)
    except InvalidVersion:
        raise SpecError(f"{what} {text!r} is not a version (want MAJOR.MINOR.PATCH)") from None
    if len(version.release) > 3:
        raise SpecError(f"{what} {text!r} has more than three parts (want MAJOR.MINOR.PATCH)")
    return version


def minimum_version(published: Version, bump: Bump) -> Version:
    major, minor, patch = (*published.release, 0, 0)[:3]
    if major == 0 and bump is not Bump.NONE:
        bump = Bump(max(bump - 1, Bump.PATCH))
    if bump is Bump.MAJOR:
        return Version(f"{major + 1}.0.0")
    if bump is Bump.MINOR:
        return Version(f"{major}.{minor + 1}.0")
    if bump is Bump.PATCH:
        return Version(f"{major}.{minor}.{patch + 1}")
    return Version(f"{major}.{minor}.{patch}")


def judge(published: str, current: str, changes: list[Change]) -> Verdict:
    old, new = parse(published, "the published version"), parse(current, "info.version")
    needed = required_bump(changes)
    floor = minimum_version(old, needed)
    # A pre-release of the minimum (2.0.0rc1 for 2.0.0) counts: it is on the way there.
    ok = new.release >= floor.release and new >= old
    if ok:
        message = (
            f"version gate: {current} after the published {published} ({_why(changes, needed)}): ok"
        )
    else:
        message = _refusal(published, current, changes, needed, str(floor), new < old)
    return Verdict(ok, published, current, needed, str(floor), message)


def _why(changes: list[Change], needed: Bump) -> str:
    if needed is Bump.NONE:
        return "no API changes"
    counts = summary(changes)
    return (
        f"{counts['breaking']} breaking, {counts['possibly-breaking']} possibly breaking, "
        f"{counts['non-breaking']} non-breaking change(s): needs a {needed.label} bump"
    )


def _refusal(
    published: str, current: str, changes: list[Change], needed: Bump, floor: str, lower: bool
) -> str:
    if lower:
        head = f"info.version {current} is lower than the published {published}"
    else:
        head = (
            f"info.version {current} is too small a step from the published {published}: "
            f"{_why(changes, needed)}, so the next release must be {floor} or later"
        )
    reasons = [c for c in changes if c.bump is needed][:10]
    lines = [f"version gate failed: {head}."]
    if reasons and not lower:
        lines.append(f"Changes that need the {needed.label} bump:")
        lines += [f"  - {c.area.value}: {c.location}: {c.message}" for c in reasons]
        more = sum(c.bump is needed for c in changes) - len(reasons)
        if more > 0:
            lines.append(f"  ... and {more} more (`make diff` lists them all)")
    lines.append(
        f"Set info.version in specs/sources/root.yaml to {floor} (or higher), run "
        "`make generate`, and commit."
    )
    return "\n".join(lines)
