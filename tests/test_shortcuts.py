"""Shortcuts taken for speed give what the long way gives: the printed-sum search's sign patterns,
the auditor's lines searched only where they can match, style rules kept per ancestry across
documents. No shared material needed."""

from __future__ import annotations

import itertools
import random
from decimal import Decimal

from lxml import etree

from exporter.understand import arithmetic
from exporter.understand.arithmetic import MAX_PARTS, Sum, _matches, _run_sum
from exporter.understand.cover_page import read_auditor
from exporter.write import edgar_files
from exporter.write.edgar_files import make_acceptable, to_bytes


def _every_pattern(i: int, vectors: dict[int, list[Decimal | None]], suffix: list[int], tol: Decimal,
                   totals: set[int]) -> Sum | None:
    """The long way: every sign pattern in turn, fewer minus signs first."""
    parts = [vectors[j] for j in suffix]
    k = len(suffix)
    patterns = sorted(itertools.product((1, -1), repeat=k), key=lambda ws: ws.count(-1)) if k <= MAX_PARTS \
        else [(1,) * k, (1,) + (-1,) * (k - 1)]  # the plain sum, then the first less the others
    summed = tuple(j in totals for j in suffix)
    for weights in patterns:
        if _matches(vectors[i], parts, weights, tol, summed):
            return Sum(i, tuple(zip(suffix, weights, strict=True)))
    return None


def test_sign_patterns_found_as_by_trying_each() -> None:
    rng = random.Random(14)
    values: list[Decimal | None] = [None, Decimal(0), Decimal(1), Decimal(-1), Decimal(5), Decimal(7),
                                    Decimal("2.5"), Decimal(12), Decimal(-12)]
    found = 0
    for _ in range(3000):
        k = rng.randint(2, 11)
        ncols = rng.randint(1, 3)
        vectors = {j: [rng.choice(values) for _ in range(ncols)] for j in range(k)}
        weights = [rng.choice((1, -1)) for _ in range(k)]
        # a total that adds up (sometimes nudged, sometimes absent in a column)
        total: list[Decimal | None] = []
        for col in range(ncols):
            s = sum((w * v for w, v in zip(weights, (vectors[j][col] for j in range(k)), strict=True)
                     if v is not None), Decimal(0))
            total.append(None if rng.random() < 0.1 else s + rng.choice((0, 0, 0, 1, -1)))
        vectors[k] = total
        tol = rng.choice((Decimal(0), Decimal(1), Decimal(2)))
        totals = {j for j in range(k) if rng.random() < 0.3}
        want = _every_pattern(k, vectors, list(range(k)), tol, totals)
        assert _run_sum(k, vectors, list(range(k)), tol, totals) == want
        found += want is not None
    assert found > 300  # the sums tried do add up, often


def test_sign_patterns_in_the_order_tried() -> None:
    for k in (2, 5, MAX_PARTS, MAX_PARTS + 3):
        every = sorted(itertools.product((1, -1), repeat=k), key=lambda ws: ws.count(-1)) if k <= MAX_PARTS \
            else [(1,) * k, (1,) + (-1,) * (k - 1)]
        assert [w for w, _ in arithmetic._sign_patterns(k)] == every


def test_auditor_words_in_any_case() -> None:
    lines = ["REPORT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM", "AUDITOR NAME: | Ernst & Young LLP",
             "Auditor Location: | Boston, Massachusetts", "PCAOB FIRM ID: 42"]
    facts = read_auditor(lines)
    assert facts["AuditorName"].value == "Ernst & Young LLP"
    assert facts["AuditorLocation"].value == "Boston, Massachusetts"
    assert facts["AuditorFirmId"].value == "42"
    # a letter a case-blind pattern reads as "i" although lower() keeps it: still searched
    assert read_auditor(["Aud\u0130tor Firm ID: 185"])["AuditorFirmId"].value == "185"


def test_auditor_signature_as_image_needs_the_line_after() -> None:
    lines = ["/s/", "Grant Thornton LLP", "We have served as the Company's auditor", "since 2010.", "Chicago, Illinois"]
    assert read_auditor(lines)["AuditorName"].value == "Grant Thornton LLP"
    assert "AuditorName" not in read_auditor(["Grant Thornton LLP", "Chicago, Illinois", "March 1, 2024"])


X = "http://www.w3.org/1999/xhtml"
_SHEET = "<style>td.n { text-align: right } table p { margin: 0 } .b { font-weight: bold }</style>"


def _folded(body: str) -> bytes:
    html = etree.fromstring(f'<html xmlns="{X}"><head>{_SHEET}</head><body>{body}</body></html>')
    make_acceptable(html)
    return to_bytes(html)


def test_style_rules_kept_per_ancestry_fold_as_afresh() -> None:
    first = '<table><tr><td class="n">1</td><td><p class="b">x</p></td></tr></table><p>y</p>'
    second = '<p class="b">z</p><table><tr><td class="n b" style="color:red">2</td></tr></table>'
    edgar_files._matched.clear()
    fresh = [_folded(first), _folded(second)]
    edgar_files._matched.clear()
    again = [_folded(second), _folded(first), _folded(second)]
    assert again == [fresh[1], fresh[0], fresh[1]]
    assert b'<td class="n" style="text-align:right">1</td>' in fresh[0]


def test_auditor_read_only_as_far_as_found() -> None:
    """The lines of a 10-K walked only as far as the auditor's three facts: what every line gives."""
    from exporter.understand.cover_text import HtmlLines

    report = ("<p>Report of Independent Registered Public Accounting Firm</p>"
              "<table><tr><td><p>/s/ Ernst &amp; Young LLP</p></td></tr></table>"
              "<p>We have served as the Company's auditor since 1921.</p><p>Atlanta, Georgia</p>"
              "<p>PCAOB ID: 42</p>")
    rest = "".join(f"<div style='x'>Note {n}<span style='display: none'>hidden</span></div>"
                   f"<table><tr><td>Line {n}</td><td><div>{n},000</div></td><td></td></tr></table>"
                   for n in range(300))
    markup = f"<html><body><p>Form 10-K</p>{rest[:2000]}{report}{rest}</body></html>"
    whole = HtmlLines(markup).upto(None)
    lazy = HtmlLines(markup)
    lazy.upto(100)
    facts = read_auditor(lazy.read_on())
    assert facts == read_auditor(whole) and len(facts) == 3
    assert len(lazy.lines) < len(whole) / 2  # the notes after the report were not walked
    on = HtmlLines(markup).read_on()
    assert on[5] == whole[5] and list(on[3:9]) == whole[3:9] and on[-1] == whole[-1]
    assert list(HtmlLines(markup).read_on()) == whole and len(HtmlLines(markup).read_on()) == len(whole)
