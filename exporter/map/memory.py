"""Company memory: the company's own earlier label -> concept choices, ranked first.

``--memory PATH`` names either

- a folder of the company's XBRL filings: label linkbases (``*_lab.xml`` with ``*_pre.xml``
  or a schema embedding them, as EDGAR filings ship them) and/or Inline XBRL documents
  (``*.htm``, ``*.html``), whose printed statement rows carry the company's own tags; or
- a labels CSV (``label,statement,concept``) such as every export writes as
  ``{base}_labels.csv``.

Its main use: a company's 1990s text filings tagged the way it tags its statements today.
The ranker adds the ``memory`` weight of ``taxonomy_map/ranker.csv`` to a concept the
company gave the very same label (same words) in the same statement; the unit and period
type a line needs still rule.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from exporter.errors import InputError
from exporter.map.labels import strip_clutter, tokens

if TYPE_CHECKING:
    from exporter.model import Model

Memory = dict[tuple[str, frozenset[str]], Counter[str]]
"""(statement code, label words) -> how often the company chose each concept."""

HEADER = ("label", "statement", "concept")


def key(statement: str, label: str) -> tuple[str, frozenset[str]]:
    return statement, frozenset(tokens(strip_clutter(label)))


def _add(memory: Memory, statement: str, label: str, concept: str) -> None:
    k = key(statement, label)
    if k[1] and concept:
        memory.setdefault(k, Counter())[concept.rpartition(":")[2]] += 1


def _from_csv(path: Path) -> Memory:
    memory: Memory = {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the memory file ({exc})", str(path)) from exc
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not set(HEADER) <= set(reader.fieldnames):
        raise InputError(f"a memory CSV needs the columns {', '.join(HEADER)}", str(path))
    for row in reader:
        _add(memory, (row["statement"] or "").strip(), row["label"] or "", (row["concept"] or "").strip())
    return memory


def _from_folder(path: Path) -> Memory:
    from taxonomy_map.build import read_filing
    from taxonomy_map.ixbrl_evidence import filing_rows

    memory: Memory = {}
    docs = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".htm", ".html"))
    for doc in docs:
        for row in filing_rows(doc):
            _add(memory, row.statement, row.label, row.concept)
    folders = sorted({p.parent for p in path.rglob("*") if p.name.endswith(("_lab.xml", ".xsd"))})
    for folder in folders:
        filing = read_filing(folder)
        for concept, pairs in filing.labels.items():
            for statement in filing.statements.get(concept, ()):
                for _role, text in pairs:
                    _add(memory, statement, text, concept)
    if not memory:
        raise InputError("no labelled statement lines found in the memory folder (expected *_lab.xml "
                         "linkbases or Inline XBRL .htm files)", str(path))
    return memory


def load(path: Path | str) -> Memory:
    """The company memory at ``path`` (a folder of filings or a labels CSV); InputError if unusable."""
    p = Path(path)
    if p.is_dir():
        return _from_folder(p)
    if p.is_file():
        return _from_csv(p)
    raise InputError("memory path not found", str(p))


def labels_csv(model: Model) -> bytes:
    """The export's own label -> us-gaap concept choices, as a memory CSV for the next export."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    seen = set()
    for st in model.statements:
        for ln in st.lines:
            if ln.prefix != "us-gaap" or not ln.concept:
                continue
            row = (ln.label, st.code, f"us-gaap:{ln.concept}")
            if row not in seen:
                seen.add(row)
                writer.writerow(row)
    return out.getvalue().encode("utf-8")
