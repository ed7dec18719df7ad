"""The title lines that name a statement ("CONSOLIDATED STATEMENTS OF CASH FLOWS"), read from
taxonomy_map/reader_words.csv ``statement_title``: one pattern per row, tried in the table's order,
each with the code of the statement it names (a key's part before "_").

    TITLE_RULES   -> (statement code, pattern) per row
    ANY_TITLE     -> one pattern matching a line that names any statement
"""

from __future__ import annotations

import re

import taxonomy_map

_ROWS = taxonomy_map.reader_words()["statement_title"]
TITLE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (key.split("_")[0], re.compile(rx, re.I)) for key, rx in _ROWS.items()]
ANY_TITLE = re.compile("|".join(f"(?:{rx})" for rx in _ROWS.values()), re.I)
