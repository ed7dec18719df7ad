"""Columns of a restatement: one period printed twice, as restated and as first reported.

A statement recast for an error or a change of method prints the prior year again beside its
restated figures ("1996 As restated" / "1996 As previously reported", sometimes with an
"Adjustments" column between). The restated column gives the plain facts; the figures as first
reported and the adjustments are superseded, so they are left out (the report says so), rather
than every column of the period being taken for entity columns with no consolidated one.

The words are data (``taxonomy_map/reader_words.csv``, ``heading_word`` ``restated`` and
``superseded``): a period's columns are read so only when one of them says a restatement is printed
("restated", "recast", "as previously reported"), and exactly one column of the period is left
when those headed as superseded ("as reported", "originally reported", "adjustments") are set
aside: "As reported | Adjustments | As adjusted" in a release's non-GAAP table says no
restatement and is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import taxonomy_map
from exporter.understand.periods import Period

_WORDS = taxonomy_map.reader_words()["heading_word"]
_RESTATED = re.compile(_WORDS["restated"], re.I)
_SUPERSEDED = re.compile(_WORDS["superseded"], re.I)


def superseded_columns(headers: Sequence[str], periods: Sequence[Period | None]) -> dict[int, int]:
    """Column -> the restated column of its period, for each column whose figures a restated
    column of the same period supersedes."""
    out: dict[int, int] = {}
    for p in dict.fromkeys(p for p in periods if p is not None):
        cols = [i for i, q in enumerate(periods) if q == p and i < len(headers)]
        if len(cols) < 2 or not any(_RESTATED.search(headers[i]) for i in cols):
            continue
        kept = [i for i in cols if not _SUPERSEDED.search(headers[i])]
        if len(kept) == 1:
            out.update({i: kept[0] for i in cols if i != kept[0]})
    return out
