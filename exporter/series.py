"""A company's statement facts across its filings: one table, concepts aligned, restatements kept.

``series(["q1.txt", "q2.txt", "10-k.htm"], "out")`` reads every filing (as the export does,
writing nothing per filing) and lines their facts up by concept, unit and period:

- one row per concept, unit and period, however many filings print it;
- one column per filing (``10-Q 1999-03-27``) holding the value that filing printed, so a
  value printed again in a later filing stands next to the earlier one;
- ``value``/``filing``: the value of the latest filing that prints it (by the filing's period);
- ``restated``: the filings disagree (compared at the coarser of their precisions, so
  ``1,235`` million and ``1,234,567`` thousand agree); ``restatement`` says how: ``sign`` when
  the values differ only in sign (often one export's sign is wrong: worth a look), else ``value``.

Files: ``{prefix}-series.csv`` (the table), the xBRL-CSV report ``{prefix}-series-xbrl-metadata.json``
with ``{prefix}-series-xbrl-facts.csv`` (the latest value of every us-gaap fact, saved by
Arelle's saveLoadableOIM from an instance of them; extension concepts, being each filing's own,
are left out) and, with ``plot``, ``{prefix}-series.png`` (matplotlib, the optional ``[plot]`` extra).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
from lxml import etree

from exporter.check import validate as arelle
from exporter.check.taxonomies import FETCH_COMMAND, find_taxonomies
from exporter.errors import ExporterError, InputError, TaxonomyError
from exporter.kinds import StatementKind
from exporter.model import NS, SCHEMAS, format_value
from exporter.profile import PROFILE
from exporter.understand.cover import DEFAULT_CIK
from exporter.understand.currency import unit_id
from exporter.write.instance import add_context, add_unit
from exporter.write.report import facts_frame

KEY = ["concept_key", "unit", "period"]
COLUMNS = ["concept", "label", "statement", "unit", "period_start", "period_end", "instant", "period",
           "value", "value_float", "decimals", "filing", "reported", "restated", "restatement"]
_STATEMENTS = {StatementKind.BS: 0, StatementKind.IS: 1, StatementKind.CI: 2, StatementKind.CF: 3}


@dataclass(frozen=True)
class Filing:
    """One filing's facts table and what names it."""

    name: str  # the column header: "10-Q 1999-03-27"
    period_end: date
    cik: str
    facts: pd.DataFrame


def read_filings(inputs: Iterable[Path | str], cik: str | None = None,
                 warnings: list[str] | None = None) -> list[Filing]:
    """Read each input (skipping, with a warning, those without statements or repeated)."""
    from exporter.pipeline import read_model

    out: list[Filing] = []
    warn = warnings if warnings is not None else []
    for path in inputs:
        try:
            model, _ = read_model(path, cik=cik)
        except ExporterError as exc:
            if isinstance(exc, InputError) and exc.where == "--cik":
                raise
            warn.append(f"{path}: skipped ({exc.message})")
            continue
        c = model.cover
        frame = facts_frame(model)
        name = f"{c.document_type} {c.period_end.isoformat()}"
        same = next((f for f in out if f.name == name and f.cik == c.cik), None)
        if same is not None and _fact_set(same.facts) == _fact_set(frame):
            warn.append(f"{path}: skipped (the same filing as an earlier input, {name})")
            continue
        n = 2
        while any(f.name == name for f in out):
            name = f"{c.document_type} {c.period_end.isoformat()} #{n}"
            n += 1
        out.append(Filing(name, c.period_end, c.cik, frame))
    ciks = {f.cik for f in out if f.cik != DEFAULT_CIK}
    if len(ciks) > 1:
        warn.append(f"the filings are of more than one company (CIKs {', '.join(sorted(ciks))}): "
                    f"their facts are lined up all the same")
    return out


def _fact_set(frame: pd.DataFrame) -> set[tuple[str, str, str, str]]:
    return {(str(r.concept), str(r.period), str(r.unit), str(r.value)) for r in frame.itertuples()}


def _concept_key(concept: str) -> str:
    """us-gaap concepts align by name; extension concepts by local name (prefixes vary by filing)."""
    prefix, _, local = concept.partition(":")
    return concept if prefix == "us-gaap" else f"ext:{local}"


def restatement(values: Sequence[tuple[Decimal, int]]) -> str:
    """``""`` when the values agree at the coarsest precision reported (XBRL's consistent
    duplicates), ``"sign"`` when they agree but for the sign, else ``"value"``."""
    coarse = min(d for _, d in values)
    step = Decimal(1).scaleb(-coarse)
    rounded = {(v / step).quantize(Decimal(1)) for v, _ in values}
    if len(rounded) == 1:
        return ""
    return "sign" if len({abs(v) for v in rounded}) == 1 else "value"


def align(filings: Sequence[Filing]) -> pd.DataFrame:
    """The filings' facts lined up: one row per concept, unit and period (see the module doc)."""
    order = sorted(range(len(filings)), key=lambda i: (filings[i].period_end, i))  # oldest first
    rows = []
    for i in order:
        f = filings[i]
        part = f.facts.assign(filing=f.name, concept_key=f.facts["concept"].map(_concept_key))
        rows.append(part)
    if not rows:
        return pd.DataFrame(columns=COLUMNS)
    long = pd.concat(rows, ignore_index=True)
    first_seen = {k: n for n, k in enumerate(dict.fromkeys(long["concept_key"]))}
    out = []
    names = [filings[i].name for i in order]
    for _, group in long.groupby(KEY, sort=False):
        latest = group.iloc[-1]
        values = list(zip(group["value"], group["decimals"].astype(int), strict=True))
        row = {c: latest[c] for c in COLUMNS if c in latest.index}
        how = restatement(values)
        row.update(filing=latest["filing"], reported=len(group), restated=bool(how), restatement=how,
                   concept_key=latest["concept_key"])
        by_filing = dict(zip(group["filing"], group["value"], strict=True))
        row.update({n: by_filing.get(n) for n in names})
        out.append(row)
    table = pd.DataFrame(out)
    table["_s"] = table["statement"].map(lambda s: _STATEMENTS.get(s, 9))
    table["_c"] = table["concept_key"].map(first_seen)
    table["_d"] = table["period_end"].fillna(table["instant"])
    table = table.sort_values(["_s", "_c", "unit", "_d", "period_start"], kind="stable", na_position="first")
    table = table[COLUMNS + names].reset_index(drop=True)
    return table.astype({"reported": "int64", "restated": "bool", "decimals": "Int64", "value_float": "float64"})


def series(inputs: Iterable[Path | str], outdir: Path | str | None = None, *, plot: Sequence[str] = (),
           taxonomy_dir: Path | str | None = None, cik: str | None = None,
           warnings: list[str] | None = None) -> pd.DataFrame:
    """A company's statement facts across filings as one DataFrame; with ``outdir``, also written.

    ``plot``: concepts (``us-gaap:Revenues`` or ``Revenues``) to draw over time into a PNG.
    The frame's ``attrs["files"]`` lists what was written.
    """
    warn = warnings if warnings is not None else []
    filings = read_filings(inputs, cik, warn)
    if not filings:
        raise InputError("no input holds statements the exporter can read", "series")
    table = align(filings)
    files: dict[str, Path] = {}
    if plot:
        from exporter.series_plot import plot_concepts, plot_series

        plot_concepts(table, plot)  # a wrong concept fails before anything is written
    if outdir is not None:
        out = Path(outdir)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot write the output folder ({exc.strerror or exc})", str(out)) from exc
        stem = f"{_prefix(filings)}-series"
        files["csv"] = out / f"{stem}.csv"
        files["csv"].write_text(series_csv(table), encoding="utf-8")
        try:
            files.update(write_xbrl_csv(table, filings, out / f"{stem}-xbrl.csv", taxonomy_dir))
        except TaxonomyError as exc:
            warn.append(f"xBRL-CSV not written: {exc.message}")
        if plot:
            files["plot"] = plot_series(table, plot, out / f"{stem}.png")
    table.attrs["files"] = files
    return table


def _prefix(filings: Sequence[Filing]) -> str:
    from exporter.pipeline import check_prefix

    latest = max(filings, key=lambda f: f.period_end)
    concepts = [c for c in latest.facts["concept"] if not str(c).startswith("us-gaap:")]
    try:
        return check_prefix(concepts[0].split(":")[0]) if concepts else "company"
    except InputError:
        return "company"


def series_csv(table: pd.DataFrame) -> str:
    """The table as CSV: dates as YYYY-MM-DD, values in plain notation, empty where absent."""
    out = table.drop(columns=["value_float"]).copy()
    for col in ("period_start", "period_end", "instant"):
        out[col] = table[col].dt.strftime("%Y-%m-%d").fillna("")
    for col in ["value", *table.columns[len(COLUMNS):]]:
        out[col] = table[col].map(lambda v: "" if v is None or v is pd.NA else format_value(v))
    return str(out.to_csv(index=False))


def series_instance(table: pd.DataFrame, cik: str) -> bytes:
    """An XBRL 2.1 instance of the latest value of every us-gaap fact of the table."""
    gaap = table[table["concept"].str.startswith("us-gaap:")]
    nsmap = {k: NS[k] for k in ("xbrli", "link", "xlink", "iso4217", "us-gaap")}
    root = etree.Element(f"{{{NS['xbrli']}}}xbrl", nsmap=nsmap)
    etree.SubElement(root, f"{{{NS['link']}}}schemaRef", {
        f"{{{NS['xlink']}}}type": "simple", f"{{{NS['xlink']}}}href": SCHEMAS["us-gaap"]})
    contexts: dict[str, str] = {}
    for period in dict.fromkeys(gaap["period"]):
        start, _, end = str(period).rpartition("/")
        contexts[period] = f"c{len(contexts) + 1}"
        add_context(root, contexts[period], cik, start or None, end)
    for unit in dict.fromkeys(gaap["unit"]):
        add_unit(root, unit, unit_id(unit))
    for r in gaap.itertuples():
        el = etree.SubElement(root, f"{{{NS['us-gaap']}}}{str(r.concept).split(':', 1)[1]}",
                              contextRef=contexts[str(r.period)], unitRef=unit_id(str(r.unit)),
                              decimals=str(r.decimals))
        el.text = format_value(Decimal(str(r.value)))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def write_xbrl_csv(table: pd.DataFrame, filings: Sequence[Filing], target: Path,
                   taxonomy_dir: Path | str | None) -> dict[str, Path]:
    """Save the series as xBRL-CSV through Arelle; :class:`TaxonomyError` if us-gaap cannot load."""
    ciks = [f.cik for f in sorted(filings, key=lambda f: f.period_end) if f.cik != DEFAULT_CIK]
    tdir = find_taxonomies(Path(taxonomy_dir) if taxonomy_dir else None)
    if tdir is None:  # never online: the taxonomy cache is empty
        raise TaxonomyError(f"no taxonomies; fill the taxonomy cache with `{FETCH_COMMAND}` or give "
                            f"--taxonomy-dir", "xBRL-CSV")
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix=".series.", dir=target.parent) as tmp:
        instance = Path(tmp) / "series.xml"
        instance.write_bytes(series_instance(table, ciks[-1] if ciks else DEFAULT_CIK))
        staged = Path(tmp) / target.name
        report = arelle.load(instance, tdir, lambda m: written.extend(arelle.save_oim(m, staged)))
        if not written or report.taxonomy_unavailable:
            raise TaxonomyError(f"Arelle could not load the {PROFILE.name} taxonomy; complete the taxonomy "
                                f"cache with `{FETCH_COMMAND}` or give --taxonomy-dir", str(tdir))
        files = {}
        for n, path in enumerate(written):
            final = target.parent / path.name
            path.replace(final)
            files["xbrl_csv" if n == 0 else f"xbrl_csv_{n}"] = final
    return files
