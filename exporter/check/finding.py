"""One finding of the quality gate: what is wrong, how bad, and where."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal, Protocol

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class _Located(Protocol):
    """A fact that can say its name, its context and where it stands in the file."""

    @property
    def name(self) -> str: ...
    @property
    def context_ref(self) -> str: ...
    def where(self) -> str: ...


@dataclass(frozen=True)
class Finding:
    """One problem found in an XBRL instance or Inline XBRL document.

    ``code`` names the rule (``DQC_0015``, ``EFM.6.5.12``, ``XBRL.calc``, ``EXP.duration``);
    ``message`` says in plain language what is wrong, where, and what to do.
    """

    code: str
    severity: Severity
    message: str
    concept: str = ""  # qname of the fact, if any
    context: str = ""  # context id (and period)
    source: str = ""  # where in the file ("line 27") or the document row, if known

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES}, not {self.severity!r}")

    @classmethod
    def about(cls, fact: _Located, code: str, severity: Severity, message: str) -> Finding:
        """A finding on one fact: its concept, context and place filled in from the fact."""
        return cls(code, severity, message, concept=fact.name, context=fact.context_ref, source=fact.where())

    def as_dict(self) -> dict[str, str]:
        return {key: str(value) for key, value in asdict(self).items()}
