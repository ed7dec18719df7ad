"""A synthetic EDGAR text submission around a statement snippet, for the text-layout tests."""

from __future__ import annotations

from pathlib import Path

from exporter.map import mapping
from exporter.map.mapping import Trace
from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction


def submission(body: str, form: str = "10-K", fye: str = "1231", name: str = "SNIPPET INC",
               period: str | None = None) -> str:
    """``body`` (a statement's title and table) as the text document of a submission; ``period``
    its header's CONFORMED PERIOD OF REPORT ("19960930"), if any."""
    reported = f"CONFORMED PERIOD OF REPORT:\t{period}\n" if period else ""
    return (f"<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t{form}\n{reported}COMPANY DATA:\n"
            f"\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n\t\tFISCAL YEAR END:\t\t\t{fye}\n</SEC-HEADER>\n"
            f"<DOCUMENT>\n<TYPE>{form}\n<TEXT>\n{body}</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")


def two_year_caption(title: str, heading: str, years: tuple[str, str]) -> str:
    """A text statement's title lines and the caption of its two columns, down to ``<S>``: the body's
    rows follow (figures right-aligned at columns 58-66 and 71-79)."""
    head = "\n".join(f"{line:^80}".rstrip() for line in ("SNIPPET SECURITIES CORP", title, "(In thousands)"))
    return (head + f"\n<TABLE>\n<CAPTION>\n{'':58}{heading}\n{'':60}{years[0]}         {years[1]}\n"
            f"{'':58}--------     --------\n<S>{'':55}<C>          <C>\n")


def extract_snippet(body: str, form: str = "10-K", fye: str = "1231", period: str | None = None) -> Extraction:
    return extract(parse_filing(submission(body, form, fye, period=period), Path("snippet.txt")))


def extract_traced(body: str) -> tuple[Extraction, Trace]:
    """:func:`extract_snippet` with the ranker traced: every candidate of every choice with its
    named features (``trace.of(line.choice)``)."""
    tracer = mapping.start_trace()
    try:
        return extract_snippet(body), tracer
    finally:
        mapping.stop_trace()
