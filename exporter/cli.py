"""Command line: a thin layer over :func:`exporter.export` (and ``validate`` over the checks)."""

from __future__ import annotations

import gc

from exporter import startup_cache

startup_cache.install()  # before the imports: they compile most of what it keeps
# the command's process makes a few hundred thousand objects that live as long as it (modules, the
# prebuilt index): a collection every 700 new ones walks the young ones a hundred times for nothing
gc.set_threshold(20_000, 10, 10)

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from exporter.errors import ExporterError  # noqa: E402
from exporter.profile import PROFILE  # noqa: E402

EPILOG = f"""\
examples:
  xbrl-export examples/innovo-2003q3-ex99-1.txt
  xbrl-export filing.txt -o out/ --cik 0000320193 --prefix aapl
  xbrl-export *.txt -o out/ --taxonomy-dir ../shared/taxonomies
  xbrl-export filings/ @more.txt -o out/ --jobs 2 --no-validate
  xbrl-export 'filings/**/*.txt' -o out/ --scheduler tcp://scheduler:8786
  xbrl-export filing.txt --overrides corrections.csv --strict
  xbrl-export filing.txt --format xml,ixbrl,json,csv
  xbrl-export validate out/innovo-20030830.xml --json
  xbrl-export series apple/*.txt apple/*.htm -o series/ --plot Revenues

exit status: 0 exported, 1 an input could not be exported (nothing is left
in OUTDIR for it; the other inputs are still exported), 2 usage error.

Several inputs are exported by --jobs worker processes, with a progress bar on a
terminal, a summary line and OUTDIR/index.csv: one row per input and its outcome.

Validation runs Arelle offline against --taxonomy-dir, else $XBRL_TAXONOMY_DIR,
else the taxonomy cache (a folder laid out as host/path, e.g.
{PROFILE.us_gaap_dir}/...; fill it once with `xbrl-export taxonomies fetch`).
With none of them the export is written and checked by the exporter's own checks,
with a warning that Arelle validation was skipped (--strict: an error).
"""


def _checked(check: Callable[[str], str]) -> Callable[[str], str]:
    """An argparse ``type`` from one of the pipeline's checks: a bad value is a usage error (exit 2)."""

    def convert(value: str) -> str:
        try:
            return check(value)
        except ExporterError as exc:
            raise argparse.ArgumentTypeError(exc.message) from exc

    convert.__name__ = check.__name__.removeprefix("check_")
    return convert


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _parser() -> argparse.ArgumentParser:
    from exporter.pipeline import check_cik, check_prefix
    from exporter.write.oim import DEFAULT_FORMATS, FORMATS, check_formats

    p = argparse.ArgumentParser(
        prog="xbrl-export",
        usage=_usage(),
        description="Export the financial statements of SEC filings (EDGAR text or HTML) to an "
                    "XBRL 2.1 instance, its extension taxonomy and a mapping report.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="filings (EDGAR .txt submissions, exhibits, HTML documents), folders of them, "
                        "glob patterns ('filings/**/*.txt'), or @LIST: a file naming one input a line")
    p.add_argument("-j", "--jobs", type=_positive, default=0, metavar="N",
                   help="worker processes for several inputs (default: the number of cores)")
    p.add_argument("-o", "--outdir", type=Path, default=Path("out"),
                   help="output folder (default: out)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the batch on a Dask distributed cluster (e.g. tcp://host:8786), one task per "
                        "input; needs pip install 'exporter[dask]' (see the README)")
    p.add_argument("--cik", type=_checked(check_cik), help="the filer's CIK, when the input has no SEC header")
    p.add_argument("--prefix", type=_checked(check_prefix),
                   help="the extension taxonomy prefix (default: from the company name)")
    p.add_argument("--taxonomy-dir", type=Path,
                   help="offline taxonomy folder for validation (default: $XBRL_TAXONOMY_DIR, else the cache)")
    p.add_argument("--format", dest="formats", metavar="F[,F...]",
                   type=_checked(lambda v: ",".join(check_formats(v))), default=",".join(DEFAULT_FORMATS),
                   help=f"output formats, any of {','.join(FORMATS)}: the XBRL 2.1 instance, Inline XBRL, "
                        f"xBRL-JSON, xBRL-CSV (default: {','.join(DEFAULT_FORMATS)})")
    p.add_argument("--no-validate", action="store_true", help="skip Arelle validation")
    p.add_argument("--viewer", action="store_true",
                   help="also write an offline ixbrl-viewer bundle of the .htm into OUTDIR/{base}_viewer/")
    p.add_argument("--overrides", type=Path, metavar="FILE",
                   help="CSV or YAML of label[,statement],concept corrections applied before the ranker")
    p.add_argument("--memory", type=Path, metavar="PATH",
                   help="the company's own earlier choices, ranked first: a folder of its XBRL filings "
                   "(label linkbases or Inline XBRL) or the {base}_labels.csv of an earlier export")
    p.add_argument("--strict", action="store_true",
                   help="fail the export (exit 1, nothing written) on any error finding, or when "
                        "Arelle validation cannot run")
    p.add_argument("--debug", action="store_true", help="show tracebacks for unexpected errors")
    _efm_options(p)
    p.add_argument("--version", action=_VersionAction)
    return p


class _VersionAction(argparse._VersionAction):
    """``--version``, the versions read only when it is asked for (reading the installed Arelle's
    version imports ``importlib.metadata``, a start-up cost every other run would pay)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        self.version = _version()
        super().__call__(parser, namespace, values, option_string)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from exporter import __version__

    try:
        arelle = version("arelle-release")
    except PackageNotFoundError:  # pragma: no cover - Arelle is a dependency
        arelle = "not installed"
    return f"xbrl-export {__version__} (Arelle {arelle})"


def _validate_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="xbrl-export validate",
        description="Check an XBRL instance or Inline XBRL file: Arelle (XBRL 2.1, Inline XBRL "
                    "1.1, Calculations 1.1) and the exporter's own checks.",
        epilog="example:\n  xbrl-export validate out/innovo-20030830.xml --json\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", type=Path, help="an .xml instance or an .htm Inline XBRL file")
    p.add_argument("--taxonomy-dir", type=Path,
                   help="offline taxonomy folder (default: $XBRL_TAXONOMY_DIR, else the cache)")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    _efm_options(p)
    return p


def _efm_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--efm", action="store_true",
                   help="also run the SEC's EDGAR plugin (EDGAR Filer Manual rules) when it is here")
    p.add_argument("--efm-plugin", type=Path, metavar="DIR",
                   help="the EDGAR plugin folder, a checkout of github.com/Arelle/EDGAR "
                        "(default: $EDGAR_PLUGIN_DIR; implies --efm)")


def _efm_plugin(args: argparse.Namespace) -> Path | None:
    """The EDGAR plugin's folder if --efm asks for it and it can run; else one warning line."""
    if not (args.efm or args.efm_plugin):
        return None
    from exporter.check.edgar_plugin import PluginUnavailable, find_plugin

    try:
        return find_plugin(args.efm_plugin)
    except PluginUnavailable as exc:
        print(f"warning: EFM check skipped: {exc}", file=sys.stderr)
        return None


def _validate_main(argv: list[str]) -> int:
    args = _validate_parser().parse_args(argv)
    if not args.path.is_file():
        print(f"error: {args.path}: no such file", file=sys.stderr)
        return 1
    from exporter.check import validate_command

    try:
        code, text = validate_command(args.path, args.taxonomy_dir, args.json, _efm_plugin(args))
    except ExporterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(text)
    return code


def _series_parser() -> argparse.ArgumentParser:
    from exporter.pipeline import check_cik

    p = argparse.ArgumentParser(
        prog="xbrl-export series",
        description="One table of a company's statement facts across its filings: concepts aligned, "
                    "each value with its filing, restated values side by side and flagged. Writes "
                    "{prefix}-series.csv, the xBRL-CSV {prefix}-series-xbrl-metadata.json (+ -facts.csv) "
                    "and, with --plot, {prefix}-series.png.",
        epilog="example:\n  xbrl-export series filings/*.txt filings/*.htm -o series/ "
               "--plot Revenues,NetIncomeLoss\n",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="filings of one company")
    p.add_argument("-o", "--outdir", type=Path, default=Path("out"), help="output folder (default: out)")
    p.add_argument("--plot", metavar="CONCEPT[,CONCEPT...]", default="",
                   help="concepts to plot over time (us-gaap:Revenues or Revenues); needs matplotlib")
    p.add_argument("--cik", type=_checked(check_cik), help="the filer's CIK, when the inputs have no SEC header")
    p.add_argument("--taxonomy-dir", type=Path,
                   help="offline taxonomy folder for the xBRL-CSV (default: $XBRL_TAXONOMY_DIR, else the cache)")
    return p


def _series_main(argv: list[str]) -> int:
    args = _series_parser().parse_args(argv)
    from exporter.series import COLUMNS, series

    warnings: list[str] = []
    plot = [c.strip() for c in args.plot.split(",") if c.strip()]
    try:
        table = series(args.inputs, args.outdir, plot=plot, taxonomy_dir=args.taxonomy_dir, cik=args.cik,
                       warnings=warnings)
    except ExporterError as exc:
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    filings = len(table.columns) - len(COLUMNS)
    print(f"series: {len(table)} facts of {table['concept'].nunique()} concepts from {filings} filings, "
          f"{int(table['restated'].sum())} restated")
    for path in table.attrs.get("files", {}).values():
        print(f"  wrote {path}")
    return 0


def _taxonomies_main(argv: list[str]) -> int:
    from exporter.taxonomies_cli import taxonomies_main

    return taxonomies_main(argv)


# The subcommands: name -> (its entry, its arguments, what it does). The usage line of every
# --help is built from this table: a new subcommand is one entry here.
COMMANDS: dict[str, tuple[Callable[[list[str]], int], str, str]] = {
    "validate": (_validate_main, "PATH [--json]", "check an XBRL instance or Inline XBRL file"),
    "series": (_series_main, "INPUT... [-o OUTDIR] [--plot CONCEPT,...]",
               "a company's statement facts across filings"),
    "taxonomies": (_taxonomies_main, "{status,fetch} [--from DIR]",
                   "the taxonomy cache: what is there; fill it"),
}


def _usage() -> str:
    forms = [("%(prog)s INPUT... [-o OUTDIR] [options]", "export filings (options below)")]
    forms += [(f"xbrl-export {name} {args}", what) for name, (_, args, what) in COMMANDS.items()]
    forms.append(("xbrl-export --version", ""))
    width = max(len(form) for form, _ in forms)
    return "\n       ".join(f"{form:{width}}  {what}".rstrip() for form, what in forms)


def main(argv: list[str] | None = None) -> int:
    """The command (``argv``: its arguments; None: this process's, and the process ends with it)."""
    if argv is not None:
        return _main(argv)
    code = _main(sys.argv[1:], ends_process=True)
    _end_process(code)
    return code


def _end_process(code: int) -> None:
    """End the command's own process without tearing the interpreter down: a normal exit frees the
    prebuilt index and the tables (a million objects) one by one, a tenth of an export's CPU. What
    such an exit does besides is done first: the ``atexit`` functions run, the standard streams are
    flushed. Not while another thread runs (a normal exit waits for it), nor while a profiler or a
    tracer watches (``python -m cProfile -m exporter`` reports after the command returns), nor when
    a stream cannot be flushed (a normal exit says so)."""
    import atexit
    import os
    import threading

    if threading.active_count() > 1 or sys.getprofile() is not None or sys.gettrace() is not None:
        return
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def _main(argv: list[str], ends_process: bool = False) -> int:
    """The command; ``ends_process``: the process ends with it (:func:`main`)."""
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]][0](argv[1:])
    # A process exporting one input ends right after it: the cyclic garbage collector would only
    # walk what the imports, the index and the export made (its first pass after the export walks
    # every object the export kept), with nothing to free that the exit does not. It is kept off
    # then, and put back on before a batch (and worker processes forked from this one).
    paused = ends_process and gc.isenabled()
    if paused:
        gc.disable()
    args = _parser().parse_args(argv)
    try:  # a wrong taxonomy folder is said once, not once per input
        if not args.no_validate:
            from exporter.check.taxonomies import find_taxonomies

            find_taxonomies(args.taxonomy_dir)
    except ExporterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    from exporter import batch

    inputs = batch.expand_inputs(args.inputs)
    if not inputs:
        print("error: the INPUTs name no files", file=sys.stderr)
        return 1
    if paused and len(inputs) > 1:
        gc.enable()
    efm = None if args.no_validate else _efm_plugin(args)
    options = batch.Options(args.outdir, cik=args.cik, prefix=args.prefix, taxonomy_dir=args.taxonomy_dir,
                            validate=not args.no_validate, strict=args.strict, overrides=args.overrides,
                            formats=args.formats, efm=efm, memory=args.memory, viewer=args.viewer,
                            debug=args.debug)
    printer = batch.Printer(len(inputs))
    started = time.perf_counter()
    try:
        outcomes = batch.run(inputs, options, jobs=args.jobs or batch.default_jobs(), on_outcome=printer,
                             scheduler=args.scheduler)
    except ExporterError as exc:  # the cluster cannot be used (no Dask, no scheduler there)
        printer.close()
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        printer.close()
    if len(inputs) > 1:
        line = batch.summary(outcomes, time.perf_counter() - started)
        if any(o.ok for o in outcomes):  # when nothing was exported, nothing is written
            line += f"; index: {batch.write_index(outcomes, args.outdir)}"
        print(line)
    return 0 if all(o.ok for o in outcomes) else 1
