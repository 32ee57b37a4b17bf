"""Errors the pipeline reports to the user; each carries a message fit to print as is."""


class SpecError(Exception):
    """A problem in the inputs (a docs page, a fragment, an overlay) or in the merged result."""


class IngestError(SpecError):
    """A docs page could not be turned into fragments."""


class MergeConflict(SpecError):
    """Two sources define the same thing differently."""

    def __init__(self, pointer: str, first: str, second: str, detail: str) -> None:
        self.pointer = pointer
        self.sources = (first, second)
        super().__init__(
            f"merge conflict at {pointer}: {detail}\n  first:  {first}\n  second: {second}"
        )


class ValidationFailed(SpecError):
    """The merged document is not valid OpenAPI or breaks one of our lint rules."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        listing = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"the merged spec has {len(problems)} problem(s):\n{listing}")
