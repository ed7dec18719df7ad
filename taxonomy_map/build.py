"""Regenerate the concept table CSVs from the FASB taxonomy and real filings.

``concepts.csv``  us-gaap 2024 item concepts (``elts/us-gaap-2024.xsd``) and the FASB
                  statement presentation linkbases (``stm/*-pre-2024.xml``) they are in;
``calc.csv``      the FASB statement calculation arcs (``stm/*-cal-2024.xml``), and an arc placing
                  each monetary line item a statement presents but no calculation file sums
                  under the total its presentation siblings add into;
``labels.csv``    the labels issuers give us-gaap / srt concepts in the statements of
                  their filings (``corpus/xbrl-filings/*/``: ``*_lab.xml``, ``*_pre.xml``
                  and the ``.xsd``, which may embed both);
``sources.md``    where they came from, with counts.

Output is deterministic: rows are sorted and the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import taxonomy_map
from exporter.profile import PROFILE
from taxonomy_map import CALC_CSV, CONCEPTS_CSV, LABELS_CSV, CalcArc, Concept, LabelEvidence
from taxonomy_map._statements import STATEMENTS, classify_role, concept_words, fasb_file_code
from taxonomy_map._xlink import (
    XML_LANG,
    concept_from_href,
    extended_links,
    parse,
    role_definitions,
    xattr,
)
from taxonomy_map.csv_text import csv_text
from taxonomy_map.ixbrl_evidence import RowEvidence, company_of, corpus_rows
from taxonomy_map.reserved import drop_deprecated

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
DEFAULT_TAXONOMIES = PROJECT_ROOT.parent / "shared" / "taxonomies"
DEFAULT_FILINGS = PROJECT_ROOT.parent / "shared" / "corpus" / "xbrl-filings"
DEFAULT_IXBRL = PROJECT_ROOT.parent / "shared" / "corpus" / "ixbrl"
US_GAAP_DIR = Path(PROFILE.us_gaap_dir)
_YEAR = PROFILE.year

XSD = "{http://www.w3.org/2001/XMLSchema}"
XBRLI = "{http://www.xbrl.org/2003/instance}"

_SKIP_SUFFIXES = ("Axis", "Domain", "Member", "Table", "LineItems")
# Dimensional scaffolding is never a statement line; Abstract (headings) and Member (columns of
# the equity statement) labels are kept.
_NOT_LINE_SUFFIXES = ("Axis", "Domain", "Table", "LineItems")
MAX_FILINGS_LISTED = 5
KEPT_STATEMENTS = frozenset(STATEMENTS) | {"bs_par", "is_par"}

# Label role URI -> short name. Only roles that name a statement line are kept
# (no documentation, verbose or net labels).
LABEL_ROLES = {
    "http://www.xbrl.org/2003/role/label": "label",
    "http://www.xbrl.org/2003/role/terseLabel": "terse",
    "http://www.xbrl.org/2003/role/totalLabel": "total",
    "http://www.xbrl.org/2003/role/periodStartLabel": "period_start",
    "http://www.xbrl.org/2003/role/periodEndLabel": "period_end",
    "http://www.xbrl.org/2009/role/negatedLabel": "negated",
    "http://www.xbrl.org/2009/role/negatedTerseLabel": "negated_terse",
    "http://www.xbrl.org/2009/role/negatedTotalLabel": "negated_total",
    "http://www.xbrl.org/2009/role/negatedPeriodStartLabel": "negated_period_start",
    "http://www.xbrl.org/2009/role/negatedPeriodEndLabel": "negated_period_end",
    "http://xbrl.us/us-gaap/role/label/negated": "negated",  # pre-2010 filings
}

# Roll-forward labels: kept only in statements whose presentation asks for them (preferredLabel).
PERIOD_ROLES = frozenset({"period_start", "period_end", "negated_period_start",
                          "negated_period_end"})


# --- concepts.csv -------------------------------------------------------------------------


def fasb_linkbases(taxonomies: Path, kind: str) -> list[Path]:
    """The FASB statement linkbases of ``kind`` (``pre`` or ``cal``) we map, sorted."""
    stm = taxonomies / US_GAAP_DIR / "stm"
    return sorted(p for p in stm.glob(f"*-{kind}-{_YEAR}.xml") if fasb_file_code(p.name))


def statement_presence(pre_files: Iterable[Path]) -> dict[str, set[str]]:
    """Concept -> statement codes of the FASB presentation linkbases that hold it."""
    found: dict[str, set[str]] = defaultdict(set)
    for path in pre_files:
        code = fasb_file_code(path.name)
        if code is None:
            continue
        for link in extended_links(parse(path), "presentationLink"):
            for hrefs in link.locs.values():
                for href in hrefs:
                    concept = concept_from_href(href)
                    if concept:
                        found[concept].add(code)
    return found


def read_concepts(xsd: Path, pre_files: Iterable[Path] = ()) -> list[Concept]:
    """The non-abstract us-gaap item concepts of ``xsd`` (no dimensions, no text blocks)."""
    presence = statement_presence(pre_files)
    found: list[Concept] = []
    for el in parse(xsd).iter(f"{XSD}element"):
        name: str = el.get("name") or ""
        type_name: str = (el.get("type") or "").rpartition(":")[2]
        if (
            el.get("substitutionGroup") != "xbrli:item"
            or el.get("abstract") == "true"
            or not name
            or name.endswith(_SKIP_SUFFIXES)
            or type_name == "textBlockItemType"
        ):
            continue
        found.append(
            Concept(
                name=name,
                type=type_name,
                period_type=el.get(f"{XBRLI}periodType") or "",
                balance=el.get(f"{XBRLI}balance") or "",
                statements=frozenset(presence.get(name, ())),
                words=concept_words(name),
            )
        )
    return sorted(found, key=lambda c: c.name)


# --- calc.csv -----------------------------------------------------------------------------


def read_calc(cal_files: Iterable[Path]) -> list[CalcArc]:
    """The summation-item arcs of the FASB statement calculation linkbases, deduplicated."""
    arcs: set[CalcArc] = set()
    for path in cal_files:
        code = fasb_file_code(path.name)
        if code is None:
            continue
        for link in extended_links(parse(path), "calculationLink"):
            for src, dst, arc in link.arc_pairs():
                if not xattr(arc, "arcrole").endswith("summation-item"):
                    continue
                weight = int(float(arc.get("weight") or "1"))
                for parent in _concepts_of(link.locs.get(src, [])):
                    for child in _concepts_of(link.locs.get(dst, [])):
                        arcs.add(CalcArc(code, parent, child, weight))
    return sorted(arcs, key=lambda a: (a.statement, a.parent, a.child, a.weight))


def place_by_presentation(pre_files: Iterable[Path], calc: Sequence[CalcArc],
                          concepts: Sequence[Concept]) -> list[CalcArc]:
    """Arcs for the monetary concepts a FASB statement presents but no calculation file sums
    (the alternative indirect cash flow's ``IncreaseDecreaseInAccruedLiabilitiesAndOtherOperatingLiabilities``,
    ``ProceedsFromIssuanceOfDebt``): each goes into the total that most of its presentation
    siblings (the line items under the same heading; two of them at least, and a majority of
    those summed) add into, weighted +1 when its balance is the total's and -1 when it is the
    other, so the ranker places it as it places them. A concept presented as a total, or
    presenting lines of its own, is not placed; balance sheet, income and cash-flow statements only."""
    by_name = {c.name: c for c in concepts}
    summed = {a.child for a in calc} | {a.parent for a in calc}
    parents: dict[str, set[str]] = defaultdict(set)
    for a in calc:
        parents[a.child].add(a.parent)
    placed: set[CalcArc] = set()
    for path in pre_files:
        code = fasb_file_code(path.name)
        if code not in ("bs", "is", "cf"):  # an equity statement's columns are no sums of its lines
            continue
        for link in extended_links(parse(path), "presentationLink"):
            under: dict[str, list[str]] = defaultdict(list)
            totals: set[str] = set()  # presented as a total (its total label): no line beside its siblings
            for src, dst, arc in link.arc_pairs():
                for parent in _concepts_of(link.locs.get(src, [])):
                    under[parent].extend(_concepts_of(link.locs.get(dst, [])))
                if (arc.get("preferredLabel") or "").endswith("/totalLabel"):
                    totals.update(_concepts_of(link.locs.get(dst, [])))
            for children in under.values():
                for child in children:
                    c = by_name.get(child)
                    if c is None or child in summed or c.type != "monetaryItemType" or not c.balance \
                            or child in under or child in totals:  # a total is no line beside its siblings
                        continue
                    votes: dict[str, int] = defaultdict(int)
                    for sibling in children:
                        for total in parents.get(sibling, ()):
                            votes[total] += 1
                    if not votes:
                        continue
                    total, n = max(sorted(votes.items()), key=lambda kv: kv[1])
                    whole = by_name.get(total)
                    if whole is None or not whole.balance or n < 2 \
                            or 2 * n < sum(1 for s in children if s in parents):
                        continue
                    placed.add(CalcArc(code, total, child, 1 if whole.balance == c.balance else -1))
    return sorted(placed, key=lambda a: (a.statement, a.parent, a.child, a.weight))


def _concepts_of(hrefs: Iterable[str]) -> list[str]:
    return [c for c in (concept_from_href(h) for h in hrefs) if c]


# --- labels.csv ---------------------------------------------------------------------------


@dataclass
class FilingLabels:
    """What one filing says: its labels of each concept and the statements showing it."""

    name: str
    labels: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # concept -> (role, text)
    statements: dict[str, set[str]] = field(default_factory=dict)  # concept -> statement codes
    roles: dict[str, str] = field(default_factory=dict)  # presentation role URI -> code
    # (concept, statement code) -> label roles its presentation arcs prefer there
    preferred: dict[tuple[str, str], set[str]] = field(default_factory=dict)


def _filing_files(folder: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """The schemas, label and presentation linkbases of a filing folder."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    schemas = [p for p in files if p.suffix == ".xsd"]
    lab = [p for p in files if p.name.endswith("_lab.xml")] + schemas
    pre = [p for p in files if p.name.endswith("_pre.xml")] + schemas
    return schemas, lab, pre


def read_filing(folder: Path) -> FilingLabels:
    """Labels and statement placement of us-gaap / srt concepts in one filing folder."""
    schemas, lab_files, pre_files = _filing_files(folder)
    roots = {path: parse(path) for path in {*schemas, *lab_files, *pre_files}}
    definitions: dict[str, str] = {}
    for path in schemas:
        definitions.update(role_definitions(roots[path]))
    filing = FilingLabels(folder.name)
    for path in pre_files:
        for link in extended_links(roots[path], "presentationLink"):
            code = classify_role(link.role, definitions.get(link.role))
            filing.roles[link.role] = code
            for concept in _concepts_of(h for hrefs in link.locs.values() for h in hrefs):
                filing.statements.setdefault(concept, set()).add(code)
            for _src, dst, arc in link.arc_pairs():
                preferred = LABEL_ROLES.get(arc.get("preferredLabel") or "")
                if preferred is None:
                    continue
                for concept in _concepts_of(link.locs.get(dst, [])):
                    filing.preferred.setdefault((concept, code), set()).add(preferred)
    for path in lab_files:
        for link in extended_links(roots[path], "labelLink"):
            for src, dst, _arc in link.arc_pairs():
                for concept in _concepts_of(link.locs.get(src, [])):
                    for resource in link.resources.get(dst, []):
                        role = LABEL_ROLES.get(xattr(resource, "role"))
                        lang: str = resource.get(XML_LANG) or "en"
                        text = " ".join("".join(resource.itertext()).split())
                        if role and text and lang.lower().startswith("en"):
                            filing.labels.setdefault(concept, set()).add((role, text))
    return filing


def collect_labels(filings: Iterable[FilingLabels], ixbrl_rows: Iterable[RowEvidence] = (),
                   exclude: frozenset[str] = frozenset(),
                   presented: Mapping[str, frozenset[str]] | None = None) -> list[LabelEvidence]:
    """One row per (label, concept, role, statement) over all filings, kept statements only.

    ``ixbrl_rows`` are printed row labels of Inline XBRL statements; filings of the companies
    in ``exclude`` (see :func:`company_of`) are left out, so a company can be scored on a table
    that has never seen it. A bank's filing with a label linkbase but no presentation (a folder
    holding only ``*_lab.xml``, :func:`bank_labels_only`) says nothing of where it shows a concept,
    so its labels are listed under the statements ``presented`` maps the concept to (the FASB
    presentation, :func:`fasb_statements`; the packaged concept table when not given): the Inline
    XBRL corpus holds few banks, and a bank's wording ("Total interest income",
    "Service charges on deposits") is otherwise missing. Other label-only folders stay unread: their
    companies' wording is in the Inline XBRL rows, and labels of concepts a filing may show only
    in its notes would be counted as statement lines.
    """
    if presented is None:
        presented = fasb_statements(taxonomy_map.concepts().values())
    seen: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for filing in filings:
        if company_of(filing.name) in exclude:
            continue
        where = filing.statements if filing.roles else presented if bank_labels_only(filing) else {}
        for concept, pairs in filing.labels.items():
            if concept.endswith(_NOT_LINE_SUFFIXES):
                continue
            codes = set(where.get(concept, ())) & KEPT_STATEMENTS
            for role, text in pairs:
                for code in codes:
                    if role in PERIOD_ROLES and role not in filing.preferred.get((concept, code),
                                                                                  ()):
                        continue  # "Beginning balance" of equity belongs to eq, not bs
                    seen[(text, concept, role, code)].add(filing.name)
    for row in ixbrl_rows:
        if company_of(row.filing) not in exclude:
            seen[(row.label, row.concept, row.role, row.statement)].add(row.filing)
    rows = [
        LabelEvidence(label, concept, role, code, tuple(sorted(names)[:MAX_FILINGS_LISTED]),
                      len(names), len({company_of(n) for n in names}))
        for (label, concept, role, code), names in seen.items()
    ]
    return sorted(rows, key=lambda r: (r.label, r.concept, r.role, r.statement))


def bank_labels_only(filing: FilingLabels) -> bool:
    """A label linkbase without presentation whose labels read like a bank's statement: most of
    the bank wordings of ``industry.csv`` (net interest income, noninterest income, provision for
    loan losses, total deposits) are among its labels."""
    if filing.roles or not filing.labels:
        return False
    wordings = taxonomy_map.industry_patterns().get(("bank", "line"), [])
    texts = " | ".join(text for pairs in filing.labels.values() for _role, text in pairs)
    found = sum(1 for w in wordings if re.search(w, texts, re.I))
    return 2 * found > len(wordings)


def fasb_statements(concepts: Iterable[Concept]) -> dict[str, frozenset[str]]:
    """Concept -> the statements the FASB presentation linkbases put it in."""
    return {c.name: c.statements for c in concepts if c.statements}


def filing_folders(filings_dir: Path) -> list[Path]:
    """The filing folders of the corpus, sorted by name."""
    return sorted(p for p in filings_dir.iterdir() if p.is_dir())


# --- writing ------------------------------------------------------------------------------


def concepts_csv(rows: Iterable[Concept]) -> str:
    return csv_text(
        ("name", "type", "period_type", "balance", "statements", "words"),
        ((c.name, c.type, c.period_type, c.balance, ";".join(sorted(c.statements)), c.words)
         for c in rows),
    )


def calc_csv(rows: Iterable[CalcArc]) -> str:
    return csv_text(("statement", "parent", "child", "weight"),
                     ((a.statement, a.parent, a.child, a.weight) for a in rows))


def labels_csv(rows: Iterable[LabelEvidence]) -> str:
    return csv_text(
        ("label", "concept", "role", "statement", "filings", "count", "companies"),
        ((r.label, r.concept, r.role, r.statement, ";".join(r.filings), r.count, r.companies)
         for r in rows),
    )


def sources_md(
    concept_rows: Sequence[Concept],
    calc_rows: Sequence[CalcArc],
    label_rows: Sequence[LabelEvidence],
    filings: Sequence[FilingLabels],
    ixbrl_rows: Sequence[RowEvidence] = (),
    exclude: frozenset[str] = frozenset(),
) -> str:
    """The text of ``sources.md``: provenance, how to regenerate, counts."""
    in_stm = sum(1 for c in concept_rows if c.statements)
    names = {c.name for c in concept_rows}
    label_concepts = {r.concept for r in label_rows}
    stale = sorted(c for c in label_concepts if ":" not in c and c not in names
                   and not c.endswith(("Abstract", "Member")))
    by_statement: dict[str, int] = defaultdict(int)
    for r in label_rows:
        by_statement[r.statement] += 1
    with_labels = [f.name for f in filings if f.labels]
    without = [f.name for f in filings if not f.labels]
    label_only = [f.name for f in filings if bank_labels_only(f)]
    return "\n".join([
        "# Sources of the concept table",
        "",
        "Generated by `python -m taxonomy_map.build` (defaults: `../shared/taxonomies`,",
        "`../shared/corpus/xbrl-filings`). Do not edit the CSVs by hand; rerun the builder.",
        "Output is deterministic (sorted rows).",
        "",
        "| file | from | rows |",
        "|---|---|---|",
        f"| `{CONCEPTS_CSV}` | `{US_GAAP_DIR.as_posix()}/elts/us-gaap-{_YEAR}.xsd`: non-abstract"
        " item elements, without Axis/Domain/Member/Table/LineItems names and text blocks;"
        f" `statements` from `stm/us-gaap-stm-{{sfp,soi,scf,sheci,soc}}*-pre-{_YEAR}.xml` |"
        f" {len(concept_rows)} ({in_stm} in a statement) |",
        f"| `{CALC_CSV}` | summation-item arcs of `stm/*-cal-{_YEAR}.xml` (same statement files),"
        " deduplicated; and for a monetary line item of a balance sheet, income or cash-flow"
        " presentation that no calculation file sums, an arc into the total most of its"
        f" presentation siblings add into (`build.place_by_presentation`) | {len(calc_rows)} |",
        f"| `{LABELS_CSV}` | `*_lab.xml`, `*_pre.xml` and `.xsd` (embedded linkbases) of"
        f" {len(with_labels)} filing folders in `corpus/xbrl-filings`, and the printed row labels"
        f" of the first balance sheet, income statement and cash-flow table of"
        f" {len({r.filing for r in ixbrl_rows})} Inline XBRL filings"
        f" ({len({company_of(r.filing) for r in ixbrl_rows})} companies) in `corpus/ixbrl`"
        f" with the issuer's tag ({len(ixbrl_rows)} rows) | {len(label_rows)} |",
        "",
        "Companies left out: " + (", ".join(sorted(exclude)) or "none") + ".",
        "",
        "Statement codes: `sfp`->bs, `soi`->is, `scf`->cf, `sheci`->eq, `soc`->ci for FASB files;"
        " issuer roles are classified from their `link:definition` (`NNN - Statement - ...`) or,"
        " without a schema, from the role URI. Combined \"operations and comprehensive income\""
        " statements count as `is`; \"changes in net assets\" as `eq`. Only bs, is, ci, cf, eq,"
        " bs_par and is_par rows are kept in labels.csv; Axis/Domain/Table/LineItems concepts are"
        " dropped, Abstract (headings) and Member (equity columns) kept. A label is listed under"
        " every kept statement of the filing that presents its concept, except period start/end"
        " labels, listed only where a presentation arc there prefers that role.",
        "",
        "labels.csv rows by statement: "
        + ", ".join(f"{k} {by_statement[k]}" for k in sorted(by_statement)) + ".",
        f"Label roles kept: {', '.join(sorted(set(LABEL_ROLES.values())))}.",
        f"Distinct concepts with labels: {len(label_concepts)}; {len(stale)} us-gaap line items"
        " among them are not in concepts.csv (deprecated names from older filings, e.g."
        f" {', '.join(stale[:3])}), so join with concepts.csv before use.",
        f"Filing folders without any label linkbase (contribute nothing): {', '.join(without)}.",
        "Banks' filing folders with labels but no presentation (their labels are listed under the"
        f" statements the FASB presentation puts each concept in): {', '.join(label_only) or 'none'};"
        " other label-only folders contribute nothing.",
        "",
    ])


def build(taxonomies: Path, filings_dir: Path, out_dir: Path, ixbrl_dir: Path | None = None,
          exclude: frozenset[str] = frozenset()) -> dict[str, int]:
    """Write the CSVs and sources.md into ``out_dir``; return row counts by file name.

    ``ixbrl_dir`` adds the printed row labels of Inline XBRL filings; ``exclude`` leaves out
    every filing of those companies (lower-case first word of the file or folder name).
    """
    xsd = taxonomies / US_GAAP_DIR / "elts" / f"us-gaap-{_YEAR}.xsd"
    concept_rows = drop_deprecated(read_concepts(xsd, fasb_linkbases(taxonomies, "pre")))
    calc_rows = read_calc(fasb_linkbases(taxonomies, "cal"))
    calc_rows = sorted({*calc_rows, *place_by_presentation(fasb_linkbases(taxonomies, "pre"), calc_rows, concept_rows)},
                       key=lambda a: (a.statement, a.parent, a.child, a.weight))
    filings = [read_filing(folder) for folder in filing_folders(filings_dir)]
    ixbrl_rows = corpus_rows(ixbrl_dir) if ixbrl_dir is not None else []
    label_rows = collect_labels(filings, ixbrl_rows, exclude, fasb_statements(concept_rows))
    outputs = {
        CONCEPTS_CSV: concepts_csv(concept_rows),
        CALC_CSV: calc_csv(calc_rows),
        LABELS_CSV: labels_csv(label_rows),
        "sources.md": sources_md(concept_rows, calc_rows, label_rows, filings, ixbrl_rows, exclude),
    }
    for file_name, text in outputs.items():
        (out_dir / file_name).write_text(text, encoding="utf-8", newline="")
    return {CONCEPTS_CSV: len(concept_rows), CALC_CSV: len(calc_rows),
            LABELS_CSV: len(label_rows)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m taxonomy_map.build",
        description="Regenerate taxonomy_map/{concepts,calc,labels}.csv and sources.md from "
        f"the FASB {PROFILE.name} taxonomy and real filings' linkbases.",
        epilog="example: python -m taxonomy_map.build --taxonomies ../shared/taxonomies "
        "--filings ../shared/corpus/xbrl-filings",
    )
    parser.add_argument("--taxonomies", type=Path, default=DEFAULT_TAXONOMIES,
                        help="offline taxonomy tree laid out as host/path (default: %(default)s)")
    parser.add_argument("--filings", type=Path, default=DEFAULT_FILINGS,
                        help="folder of filing folders with *_lab.xml / *_pre.xml "
                        "(default: %(default)s)")
    parser.add_argument("--ixbrl", type=Path, default=DEFAULT_IXBRL,
                        help="folder of Inline XBRL filings whose printed statement rows are "
                        "evidence (default: %(default)s)")
    parser.add_argument("--exclude", default="",
                        help="comma-separated companies (first word of a filing's name, e.g. "
                        "aapl,ko) whose filings are left out, for cross-validation")
    parser.add_argument("--out", type=Path, default=PACKAGE_DIR,
                        help="where to write the files (default: the package folder)")
    parser.add_argument("--fit", action="store_true",
                        help="then fit the ranker's weights and confidence calibration into ranker.csv "
                        "by company cross-validation on the Inline XBRL filings (bench/crossval.py --fit, "
                        "about 20 minutes on 2 cores)")
    args = parser.parse_args(argv)
    missing = [p for p in (args.taxonomies / US_GAAP_DIR, args.filings, args.ixbrl) if not p.is_dir()]
    if missing:
        parser.error(f"not found: {', '.join(map(str, missing))}")
    exclude = frozenset(c.strip().lower() for c in args.exclude.split(",") if c.strip())
    counts = build(args.taxonomies, args.filings, args.out, args.ixbrl, exclude)
    for file_name, count in counts.items():
        print(f"{file_name}: {count} rows")
    if args.out.resolve() == PACKAGE_DIR.resolve():  # the ranker's prebuilt index follows the tables
        from exporter.map import prebuilt

        print(f"{prebuilt.write().name}: rebuilt")
    if args.fit:
        crossval = PACKAGE_DIR.parent / "bench" / "crossval.py"
        if not crossval.is_file():
            parser.error(f"--fit needs {crossval} (a checkout of the project, not an installed package)")
        return subprocess.call([sys.executable, str(crossval), "--fit", "--jobs", "2"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
