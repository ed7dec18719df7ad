"""The reader's words are data (taxonomy_map/reader_words.csv): every row says what it does and where
it comes from, its patterns compile, and the names it shares with other tables agree."""

from __future__ import annotations

import re

import taxonomy_map


def test_every_row_says_what_and_where_from() -> None:
    rows = taxonomy_map._rows(taxonomy_map.READER_WORDS_CSV)
    assert rows and all(r["kind"] and r["key"] and r["value"] and r["what"] and r["source"] for r in rows)
    assert len({(r["kind"], r["key"]) for r in rows}) == len(rows)


def test_the_patterns_compile_and_name_what_the_reader_asks_for() -> None:
    words = taxonomy_map.reader_words()
    assert set(words["statement_closing"]) == {"bs", "is", "cf"}
    for kind in ("statement_closing", "title_word", "scale_except", "heading_word", "scale_sentence"):
        for rx in words[kind].values():
            re.compile(rx)
    assert re.compile(words["scale_except"]["list"]).groupindex.keys() == {"list"}
    assert re.compile(words["scale_sentence"]["document"]).groupindex.keys() == {"phrase"}


def test_the_changes_zone_is_the_cash_flow_heading_generic_lines_names() -> None:
    """The ranker's features read the zone the facts builder gives the lines under a heading of
    generic_lines.csv's cf_zone_heading: one name in both tables."""
    assert taxonomy_map.reader_words()["zone"]["changes"] in taxonomy_map.generic_lines()["cf_zone_heading"]
