"""The one place that knows the order: read -> extract -> model -> write -> validate.

Outputs are written into a temporary folder inside the output folder, validated
there, and only then moved into place; a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from exporter.check import Finding, run_checks
from exporter.errors import InputError, NoStatementsError, OutputError, TaxonomyError, ValidationFailed
from exporter.map import scoring
from exporter.map.memory import load as load_memory
from exporter.map.overrides import load_overrides
from exporter.model import Model, build_model
from exporter.profile import PROFILE
from exporter.read.documents import read_filing
from exporter.understand.cover import DEFAULT_CIK, Cover, build_cover
from exporter.understand.extract import extract
from exporter.understand.ratios import drop_release_ratios
from exporter.write import Output, output, rendered_outputs
from exporter.write.oim import DEFAULT_FORMATS, check_formats, oim_saver, oim_targets
from exporter.write.report import arithmetic_findings, facts_csv, facts_frame, render_markdown

if TYPE_CHECKING:
    import pandas as pd

    from exporter.check import validate as arelle


@dataclass
class ExportResult:
    """What an export produced: files, facts (also as a DataFrame), findings."""

    source: Path
    files: dict[str, Path]
    model: Model
    warnings: list[str] = field(default_factory=list)
    validation: arelle.Report | None = None
    findings: list[Finding] = field(default_factory=list)

    @cached_property
    def facts(self) -> pd.DataFrame:
        """The facts table (:func:`exporter.write.report.facts_frame`), built on first use: pandas is
        imported only by a caller that asks for it."""
        return facts_frame(self.model)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def cover(self) -> Cover:
        return self.model.cover

    @property
    def instance(self) -> Path:
        """The XBRL file written: the instance, else the first other format asked for."""
        for key in ("instance", "inline", "json", "csv"):
            if key in self.files:
                return self.files[key]
        return self.files["report"]


RESERVED_PREFIXES = frozenset({
    "xbrli", "link", "xlink", "xsi", "xs", "xsd", "iso4217", "us-gaap", "dei", "srt", "dtr-types",
    "ix", "ixt", "ixt-sec", "html", "xhtml", "country", "stpr", "xbrldt", "xbrldi",
})
"""Namespace prefixes the outputs bind to standard namespaces: never an extension prefix."""

_PREFIX_RE = re.compile(r"[a-z][a-z0-9_-]{0,29}")


def check_prefix(prefix: str) -> str:
    """``prefix`` lower-cased if it can name the extension taxonomy; else :class:`InputError`.

    It becomes a namespace prefix and the start of every file name, so it must be a letter
    followed by letters, digits, ``-`` or ``_`` (no ``/``, no dots), not start with ``xml``,
    and not be one of :data:`RESERVED_PREFIXES`.
    """
    p = prefix.strip().lower()
    if not _PREFIX_RE.fullmatch(p) or p.startswith("xml") or p in RESERVED_PREFIXES:
        raise InputError(f"{prefix!r} cannot be an extension prefix: use a letter, then letters, digits, "
                         f"'-' or '_' (at most 30), not starting with 'xml' and not one of the standard "
                         f"prefixes ({', '.join(sorted(RESERVED_PREFIXES))})", "--prefix")
    return p


def check_cik(cik: str) -> str:
    """``cik`` as ten digits; :class:`InputError` unless it is 1 to 10 digits."""
    c = cik.strip()
    if not re.fullmatch(r"\d{1,10}", c):
        raise InputError(f"{cik!r} is not a CIK: give 1 to 10 digits, e.g. 0000320193", "--cik")
    return c.zfill(10)


def _missing_dirs(out: Path) -> list[Path]:
    """The folders of ``out`` (itself first) that do not exist yet: what ``mkdir`` will create."""
    missing: list[Path] = []
    for d in [out, *out.parents]:
        if d.exists() or d.is_symlink():
            break
        missing.append(d)
    return missing


def _validation_summary(report: arelle.Report | None) -> str:
    if report is None:
        return "not run (--no-validate, or no taxonomies to validate with: see the warnings)"
    errs = report.errors
    missing = len(report.known_missing)
    known = (f"; {missing} known missing offline file{'s' if missing != 1 else ''} "
             f"({', '.join(url.rsplit('/', 1)[1] for url in PROFILE.offline_missing)})") if missing else ""
    if not errs:
        return f"Arelle: no errors, no calculation inconsistencies{known}"
    return f"Arelle: {len(errs)} error(s){known}: " + "; ".join(str(m) for m in errs[:5])


def read_model(path: Path | str, *, cik: str | None = None, prefix: str | None = None,
               overrides: Path | str | None = None,
               memory: Path | str | None = None) -> tuple[Model, list[str]]:
    """Read one filing into the model every writer renders, with the warnings about it; writes nothing.

    Raises :class:`NoStatementsError` when the filing prints no statement the exporter can read.
    """
    source = Path(path)
    cik = check_cik(cik) if cik is not None else None
    prefix = check_prefix(prefix) if prefix is not None else None
    table = None
    if overrides is not None:
        from exporter.map.mapping import index

        table = load_overrides(Path(overrides), set(index().concepts))
    scoring.use_memory(load_memory(memory) if memory is not None else None)
    try:
        filing = read_filing(source)
        ex = extract(filing, table)
    finally:
        scoring.use_memory(None)
    if not ex.facts:
        raise NoStatementsError("no financial statements found (no balance sheet, income "
                                "statement or cash-flow statement with dated columns)", str(source))
    cover = build_cover(filing, ex, cik, prefix)
    if prefix is None and (cover.prefix.startswith("xml") or cover.prefix in RESERVED_PREFIXES):
        # a company called "Link ..." must not rebind link: to its own namespace
        cover = dataclasses.replace(
            cover, prefix=f"co{cover.prefix}" if cover.prefix.startswith("xml") else f"{cover.prefix}co")
    drop_release_ratios(ex, cover.document_type)
    model = build_model(cover, ex)
    warnings = list(ex.warnings)
    if cover.cik == DEFAULT_CIK:
        warnings.insert(0, f"no CIK in the filing and none given (--cik): the instance uses "
                           f"{DEFAULT_CIK} as the entity identifier")
    return model, warnings


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector kept off while a filing is read and rendered, then put back as it was.

    Reading a 10-K makes a few hundred thousand small objects that live until its outputs are
    rendered (cells, lines, facts, the output trees): a collection every 700 new ones walks them
    again and again, and moves them to the oldest generation, whose passes walk them all once more
    (about a twentieth of ko's 10-K). They are freed by reference counting as before; the collector
    walks what is left once, at its next pass after the export."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def export(
    path: Path | str,
    outdir: Path | str = "out",
    *,
    cik: str | None = None,
    prefix: str | None = None,
    taxonomy_dir: Path | str | None = None,
    validate: bool = True,
    strict: bool = False,
    overrides: Path | str | None = None,
    writers: Iterable[Output] = (),
    formats: str | Iterable[str] = DEFAULT_FORMATS,
    efm: Path | None = None,
    memory: Path | str | None = None,
) -> ExportResult:
    """Export the financial statements of one filing to XBRL.

    ``formats``: which of ``xml``, ``ixbrl``, ``json`` (xBRL-JSON), ``csv`` (xBRL-CSV) to write
    (see :mod:`exporter.write.oim`); the taxonomy, the report and the facts table always are.
    ``writers``: more outputs rendered from the model, rows like :data:`exporter.write.OUTPUTS`.
    ``efm``: the SEC's EDGAR plugin (:func:`exporter.check.edgar_plugin.find_plugin`); given, the
    validation also runs EDGAR's rules on the Inline XBRL document (or the instance without one).
    ``memory``: the company's own earlier label choices (:mod:`exporter.map.memory`), ranked first.

    >>> result = export("examples/innovo-2003q3-ex99-1.txt", "out")  # doctest: +SKIP
    >>> result.facts[["concept", "period_end", "value"]].head()  # doctest: +SKIP
    """
    source = Path(path)
    out = Path(outdir)
    formats = check_formats(formats)
    # the taxonomy folder first (a wrong --taxonomy-dir fails before any work); None: there is none
    needs_arelle = validate or bool(oim_targets(formats, out, ""))
    tdir = None
    if needs_arelle:  # the adapter and Arelle's session are imported only by an export that uses them
        from exporter.check.taxonomies import find_taxonomies

        tdir = find_taxonomies(Path(taxonomy_dir) if taxonomy_dir else None)
    with collector_paused():
        model, warnings = read_model(source, cik=cik, prefix=prefix, overrides=overrides, memory=memory)
        to_render = rendered_outputs(formats, writers)
        rendered: dict[str, tuple[str, bytes]] = {
            o.key: (o.file_name(model.base), o.render(model)) for o in to_render if o.render is not None}
    # the documents' trees served the readers and the writers: the result does not hold them
    model.documents[:] = [dataclasses.replace(p, root=None, layout=()) for p in model.documents]
    created = _missing_dirs(out)  # removed again if this export fails
    moved: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{model.base}.", dir=out))
    except OSError as exc:
        _remove_created(created)
        raise OutputError(f"cannot write the output folder ({exc.strerror or exc})", str(out)) from exc
    ok = False
    stack = contextlib.ExitStack()  # the validation session, when this export opens one
    try:
        for name, data in rendered.values():
            (tmp / name).write_bytes(data)
        report = None
        targets = oim_targets(formats, tmp, model.base)
        oim_files: dict[str, list[Path]] = {}
        save_oim = oim_saver(model, targets, oim_files)
        if targets and tdir is None:  # never online during an export
            raise TaxonomyError(_no_taxonomy_for_oim(), "no taxonomies")
        if targets and not validate:
            from exporter.check import validate as arelle

            loaded = arelle.load(tmp / rendered["instance"][0], tdir, save_oim)
            if loaded.taxonomy_unavailable:
                raise TaxonomyError(_no_taxonomy_for_oim(), str(tdir))
        if validate:
            from exporter.check.taxonomies import FETCH_COMMAND, skipped_warning

            skipped = skipped_warning()
            if tdir is not None:
                from exporter.check import shared_dts
                from exporter.check import validate as arelle

                stack.enter_context(shared_dts.reuse_or_open(tdir))
                report = arelle.validate(tmp / rendered["instance"][0], tdir, then=save_oim if targets else None,
                                         efm=None if "inline" in rendered else efm)
                if report.taxonomy_unavailable:
                    if targets:
                        raise TaxonomyError(_no_taxonomy_for_oim(), str(tdir))
                    skipped = (f"validation not done: Arelle could not load the {PROFILE.name} taxonomy from "
                               f"{tdir}; complete it with `{FETCH_COMMAND}`")
                    report = None
            if report is None:
                if strict:
                    raise ValidationFailed(f"--strict: {skipped}", str(source))
                warnings.append(skipped)
            elif "inline" in rendered:
                inline = arelle.validate(tmp / rendered["inline"][0], tdir, efm=efm)
                report = arelle.Report(report.path, report.messages + inline.messages,
                                       report.fact_count)
        summary = _validation_summary(report)
        findings = run_checks(tmp / rendered["instance"][0], arelle_report=report, statements=model.statements)
        findings += arithmetic_findings(model)
        findings += model.findings
        if strict and any(f.severity == "error" for f in findings):
            first = next(f for f in findings if f.severity == "error")
            raise ValidationFailed(f"--strict: {sum(f.severity == 'error' for f in findings)} error "
                                   f"finding(s), first: [{first.code}] {first.message}", str(source))
        facts_name, report_name = (output(k).file_name(model.base) for k in ("facts_csv", "report"))
        (tmp / facts_name).write_text(facts_csv(model), encoding="utf-8")
        (tmp / report_name).write_text(render_markdown(model, summary, warnings, findings), encoding="utf-8")
        files: dict[str, Path] = {}
        names = {o.key: rendered[o.key][0] for o in to_render if o.format is None or o.format in formats}
        for fmt, written in oim_files.items():
            for n, path_written in enumerate(written):
                names[fmt if n == 0 else f"{fmt}_{n}"] = path_written.name
        names["facts_csv"] = facts_name
        names["report"] = report_name
        for name in names.values():
            if (out / name).is_dir() and not (out / name).is_symlink():
                raise OutputError(f"{name} is a folder; cannot write the file there", str(out))
        for key, name in names.items():
            _move_into_place(tmp / name, out / name, tmp)
            moved.append(out / name)
            files[key] = out / name
        ok = True
    except OSError as exc:
        if isinstance(exc, OutputError):
            raise
        raise OutputError(f"cannot write the output files ({exc.strerror or exc})", str(out)) from exc
    finally:
        stack.close()
        shutil.rmtree(tmp, ignore_errors=True)
        if not ok:  # a failure at any stage leaves nothing of this export behind
            for f in moved:
                f.unlink(missing_ok=True)
            _remove_created(created)
    return ExportResult(source, files, model, warnings, report, findings)


def _no_taxonomy_for_oim() -> str:
    from exporter.check.taxonomies import FETCH_COMMAND

    return (f"xBRL-JSON and xBRL-CSV need the {PROFILE.name} taxonomy and Arelle could not load "
            f"it; fill the taxonomy cache with `{FETCH_COMMAND}` or give --taxonomy-dir")


def _move_into_place(new: Path, target: Path, aside: Path) -> None:
    """``os.replace(new, target)``, an earlier file of that name first moved into ``aside`` (the export's
    temporary folder, removed with it): a rename over another file makes ext4 write the renamed file
    out before the rename returns (``auto_da_alloc``), milliseconds a file under disk load; renamed to
    a free name it does not."""
    with contextlib.suppress(FileNotFoundError):
        os.rename(target, aside / f".earlier.{target.name}")
    os.replace(new, target)


def _remove_created(created: list[Path]) -> None:
    """Remove the folders this export created (innermost first), if they are still empty."""
    for d in created:
        try:
            d.rmdir()
        except OSError:
            break
