"""Reviewer overrides: a CSV (or YAML) file mapping a label, or a label in one statement, to a concept.

How a reviewer corrects a run. Each row names a label as printed (case and spacing
do not matter), optionally the statement (``bs``, ``is``, ``cf``), and the concept
(``us-gaap:Name`` or ``Name``; ``extension`` to force a company concept)::

    label,statement,concept
    Promissory note-officer,bs,us-gaap:StockholdersEquityNoteSubscriptionsReceivable
    Net revenues,,Revenues

Overrides apply before the ranker and are reported as such.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from exporter.errors import InputError
from exporter.kinds import EXPORTED
from exporter.profile import PROFILE

EXTENSION = "extension"


@dataclass(frozen=True)
class Override:
    label: str
    statement: str  # "" = any
    concept: str  # local us-gaap name, or EXTENSION
    where: str  # file:line


def _norm(label: str) -> str:
    return re.sub(r"[\s.:]+", " ", label.replace("’", "'")).strip(" .:").lower()


class Overrides:
    def __init__(self, rows: list[Override]) -> None:
        self.rows = rows
        self._index = {(_norm(o.label), o.statement): o for o in rows}

    def find(self, label: str, statement: str) -> Override | None:
        key = _norm(label)
        return self._index.get((key, statement)) or self._index.get((key, ""))

    def __len__(self) -> int:
        return len(self.rows)


def _rows_from_yaml(text: str) -> list[dict[str, str]]:
    """A small YAML subset: a list of mappings with label/statement/concept keys."""
    rows: list[dict[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^\s*(-\s+)?(\w+)\s*:\s*(.*?)\s*$", line)
        if not m:
            raise ValueError(f"cannot read {line.strip()!r}")
        if m.group(1) or not rows:
            rows.append({})
        value = m.group(3)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        rows[-1][m.group(2)] = value
    return rows


def load_overrides(path: Path, known: set[str]) -> Overrides:
    """Read an overrides file; unknown concepts or malformed rows are errors naming the line."""
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read the overrides file ({exc.strerror})", where) from exc
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            raw = _rows_from_yaml(text)
        else:
            raw = list(csv.DictReader(io.StringIO(text)))
    except (ValueError, csv.Error) as exc:
        raise InputError(f"not a valid overrides file: {exc}", where) from exc
    rows: list[Override] = []
    for n, r in enumerate(raw, start=2):
        label = (r.get("label") or "").strip()
        concept = (r.get("concept") or "").strip()
        statement = (r.get("statement") or "").strip().lower()
        if not label or not concept:
            raise InputError(f"row {n}: needs a label and a concept", where)
        if statement not in ("", *EXPORTED):
            raise InputError(f"row {n}: statement must be bs, is, cf or empty, not {statement!r}", where)
        name = concept.split(":", 1)[1] if concept.startswith("us-gaap:") else concept
        if name != EXTENSION and name not in known:
            raise InputError(f"row {n}: {concept!r} is not a {PROFILE.name} concept", where)
        rows.append(Override(label, statement, name, f"{path.name}:{n}"))
    return Overrides(rows)
