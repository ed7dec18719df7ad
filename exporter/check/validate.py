"""Validate XBRL output with Arelle: the only module of the project that imports Arelle.

One call runs one Arelle session (``arelle.api.Session``) over one file::

    report = validate(Path("out/innovo-20030830.xml"), Path("../shared/taxonomies"))
    report.ok            # no error and no calculation inconsistency
    report.errors        # what to fix; the two known-missing SEC schemas are left out
    report.known_missing # the two load errors an offline copy of the taxonomies always gives

What is checked: XBRL 2.1 schema and instance validity (base taxonomies known to be valid
are not re-validated) and Calculations 1.1 with round-to-nearest (``calcs="c11r"``).
Inline XBRL files (``.htm``, ``.html``, ``.xhtml``) load as an inline document set.

Offline: given a taxonomy folder laid out as ``host/path`` (``xbrl.fasb.org/us-gaap/2024/...``),
Arelle runs with ``internetConnectivity="offline"`` and a temporary web cache whose ``https``
and ``http`` entries link to that folder; the cache is removed afterwards. Arelle keeps no
configuration (``disablePersistentConfig``), its log goes to a handler of ours (never to the
console or the root logger) and anything it prints is swallowed, so a validation writes nothing
to the user's home or the project. Without a folder Arelle works online with its default
cache (only ``fill_web_cache`` and the viewer do that: an export without taxonomies skips
validation).

xBRL-JSON and xBRL-CSV (the Open Information Model) are written by Arelle's own
``saveLoadableOIM`` plugin from the loaded instance (``validate(..., then=...)`` or
``load(..., then=...)`` with :func:`save_oim`), and read back by its ``loadFromOIM`` plugin:
``extract_facts("x.json")`` loads an xBRL-JSON file or an xBRL-CSV metadata file.

Arelle keeps global state: run one validation at a time per process (use processes, not
threads, to validate in parallel).
Inside an open :class:`exporter.check.shared_dts.ValidationSession` for the same taxonomy
folder, every call runs on the session's controller and borrows its already loaded base taxonomy.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from exporter.check import shared_dts
from exporter.check.edgar_plugin import DISCLOSURE_SYSTEM, is_offline_gap
from exporter.check.taxonomies import TAXONOMY_DIR_ENV
from exporter.errors import TaxonomyError
from exporter.profile import PROFILE

Level = Literal["error", "warning", "inconsistency", "info"]
FactRow = tuple[str, str, str, str, str]

KNOWN_MISSING: tuple[str, ...] = PROFILE.offline_missing
"""SEC schemas absent from the offline taxonomy copy (:attr:`TaxonomyProfile.offline_missing`)."""
_BASE_SCHEMAS = re.compile("|".join(re.escape(url.rsplit("/", 1)[1]) for url in
                                    (PROFILE.schemas["us-gaap"], PROFILE.schemas["dei"])))

_LOAD_ERROR_CODES = frozenset({"IOerror", "FileNotLoadable"})
_INLINE_SUFFIXES = frozenset({".htm", ".html", ".xhtml"})
_INLINE_PLUGIN = "inlineXbrlDocumentSet"
_OIM_LOAD_PLUGIN = "loadFromOIM"
_OIM_SUFFIXES = frozenset({".json", ".csv"})


@dataclass(frozen=True)
class Message:
    """One message of Arelle's log, e.g. ``error xbrl.4.6.1:itemContextRef ...``."""

    level: Level
    code: str
    text: str
    where: str = ""

    def is_known_missing(self) -> bool:
        """True for the load error of one of the two SEC schemas missing offline."""
        return (
            self.level == "error"
            and self.code in _LOAD_ERROR_CODES
            and any(url in self.text for url in KNOWN_MISSING)
        )

    def is_offline_gap(self) -> bool:
        """True for the EDGAR plugin's "no English standard label" on a us-gaap or dei element:
        the offline taxonomy copy has no us-gaap/dei label linkbase (online there is no such
        message)."""
        return self.level == "error" and is_offline_gap(self.code, self.text)

    def __str__(self) -> str:
        where = f" ({self.where})" if self.where else ""
        return f"{self.level} [{self.code}] {self.text}{where}"


@dataclass(frozen=True)
class Report:
    """What Arelle said about one file."""

    path: Path
    messages: tuple[Message, ...]
    fact_count: int

    @property
    def errors(self) -> list[Message]:
        """Errors and calculation inconsistencies, without the two known-missing files (nor the
        ``oime:invalidTaxonomy`` an xBRL-JSON/CSV load adds when they were its only load errors)."""
        only_known = not any(m.level == "error" and m.code in _LOAD_ERROR_CODES and not m.is_known_missing()
                             for m in self.messages)
        return [
            m
            for m in self.messages
            if m.level in ("error", "inconsistency") and not m.is_known_missing() and not m.is_offline_gap()
            and not (m.code == "oime:invalidTaxonomy" and only_known and self.known_missing)
        ]

    @property
    def taxonomy_unavailable(self) -> bool:
        """Arelle could not load the base taxonomy itself: its messages say nothing about our files."""
        return any(m.level == "error" and m.code in _LOAD_ERROR_CODES
                   and _BASE_SCHEMAS.search(m.text)
                   and not m.is_known_missing()
                   for m in self.messages)

    @property
    def known_missing(self) -> list[Message]:
        return [m for m in self.messages if m.is_known_missing()]

    @property
    def ok(self) -> bool:
        return not self.errors


def validate(path: Path, taxonomy_dir: Path | None = None, *, inline: bool | None = None,
             then: Callable[[Any], None] | None = None, efm: Path | None = None) -> Report:
    """Validate an XBRL instance or Inline XBRL document; never raises on invalid XBRL.

    ``inline`` None decides by the file suffix. ``then`` is called with each loaded Arelle
    model after validation (e.g. to save it as xBRL-JSON with :func:`save_oim`). ``efm`` is
    the SEC's EDGAR plugin (its ``validate`` folder, see :func:`edgar_plugin.find_plugin`):
    given, the same session also checks the EDGAR Filer Manual rules (``EFM.*`` messages).
    Raises TaxonomyError when ``taxonomy_dir`` is given but is not a folder.
    """
    return _run(path, taxonomy_dir, inline=inline, validate=True, then=then, efm=efm)


def load(path: Path, taxonomy_dir: Path | None, then: Callable[[Any], None]) -> Report:
    """Load ``path`` without validating it and call ``then`` with each loaded Arelle model."""
    return _run(path, taxonomy_dir, inline=None, validate=False, then=then)


def _run(path: Path, taxonomy_dir: Path | None, *, inline: bool | None, validate: bool,
         then: Callable[[Any], None] | None, efm: Path | None = None) -> Report:
    with _session(path, taxonomy_dir, inline=inline, validate=validate, efm=efm) as run:
        count = sum(len(model.factsInInstance) for model in run.models)
        if then is not None:
            for model in run.models:
                then(model)
    return Report(path=path, messages=tuple(run.messages), fact_count=count)


def save_oim(model: Any, target: Path, *, namespaces: dict[str, str] | None = None,
             fact_properties: Callable[[int], dict[str, Any] | None] | None = None) -> list[Path]:
    """Save a loaded instance as xBRL-JSON (``target`` ``.json``) or xBRL-CSV (``.csv``).

    Arelle's ``saveLoadableOIM`` plugin writes the file(s): for xBRL-CSV a metadata file
    ``{stem}-metadata.json`` and a table ``{stem}-facts.csv``. ``fact_properties(i)`` gives
    extension properties for the instance's i-th fact (document order) in xBRL-JSON, their
    prefixes bound by ``namespaces`` (prefix -> URI). Returns the files written.
    """
    from arelle.plugin.saveLoadableOIM import saveLoadableOIM

    order = {id(fact): i for i, fact in enumerate(model.facts)}

    def extend(fact: Any, oim_fact: dict[str, Any]) -> None:
        extra = fact_properties(order[id(fact)]) if fact_properties and id(fact) in order else None
        if extra:
            oim_fact.update(extra)

    saveLoadableOIM(model, str(target), extensionPrefixes=namespaces,
                    extensionFactPropertiesMethod=extend if fact_properties else None)
    if target.suffix == ".csv":
        stem = target.with_suffix("")
        return [Path(f"{stem}-metadata.json"), Path(f"{stem}-facts.csv")]
    return [target]


def extract_facts(path: Path, taxonomy_dir: Path | None = None) -> list[FactRow]:
    """Facts as Arelle loads them: (concept local name, period, unit, value, decimals).

    ``path`` is an XBRL instance, an Inline XBRL document, an xBRL-JSON file or the metadata
    file of an xBRL-CSV report.

    Period is ``YYYY-MM-DD`` (instant), ``start/end`` (duration) or ``forever``; unit is
    ``USD``, ``USD/shares``, ``shares`` or ``""``; value is the fact's value after Inline XBRL
    transformation, ``scale`` and ``sign`` (``"-1234000"``); decimals is ``""`` when absent.
    """
    with _session(path, taxonomy_dir, inline=None, validate=False) as run:
        return [_fact_tuple(f) for model in run.models for f in _in_document_order(model.facts)]


# --- running Arelle ---------------------------------------------------------------------------


@dataclass
class _Run:
    models: list[Any] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)


class LogCollector(logging.Handler):
    """Keeps Arelle's log records as Messages."""

    def __init__(self) -> None:
        super().__init__(level=logging.INFO)
        self.messages: list[Message] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(_message(record))


@contextlib.contextmanager
def arelle_session(
    taxonomy_dir: Path | None,
) -> Iterator[tuple[Any, Path | None, LogCollector, io.StringIO]]:
    """A quiet Arelle session: offline against ``taxonomy_dir`` when given, its log collected,
    its console output kept out of ours. Yields (session, cache dir, collector, console)."""
    from arelle.api.Session import Session  # heavy import: only when Arelle runs

    collector = LogCollector()
    console = io.StringIO()
    with (
        web_cache(taxonomy_dir) as cache_dir,
        contextlib.redirect_stdout(console),
        contextlib.redirect_stderr(console),
        Session() as session,
    ):
        try:
            yield session, cache_dir, collector, console
        finally:
            detach_handler(collector)


@contextlib.contextmanager
def _session(
    path: Path, taxonomy_dir: Path | None, *, inline: bool | None, validate: bool,
    efm: Path | None = None,
) -> Iterator[_Run]:
    """Load (and validate) ``path``; the loaded models are usable inside the block."""
    is_inline = path.suffix.lower() in _INLINE_SUFFIXES if inline is None else inline
    run = _Run()
    shared = shared_dts.active(taxonomy_dir)
    if shared is not None:  # the process's validation session: the base taxonomy is already loaded
        try:
            loaded, run.models, run.messages = shared.run(
                _options(path, shared.cache_dir, is_inline, validate, efm, shared=True))
        except Exception as exc:  # Arelle failing must become a report, not a traceback
            loaded = False
            run.messages = [_arelle_failed(exc, path)]
        _say_if_not_loaded(run, loaded, path)
        try:
            yield run
        finally:
            shared.release(run.models)
        return
    with arelle_session(taxonomy_dir) as (session, cache_dir, collector, _console):
        try:
            loaded = session.run(
                _options(path, cache_dir, is_inline, validate, efm), logHandler=collector
            )
            run.models = list(session.get_models())
        except Exception as exc:  # Arelle failing must become a report, not a traceback
            loaded = False
            collector.messages.append(_arelle_failed(exc, path))
        run.messages = collector.messages
        _say_if_not_loaded(run, loaded, path)
        try:
            yield run
        finally:
            for model in run.models:
                model.close()


def _arelle_failed(exc: Exception, path: Path) -> Message:
    return Message("error", "exporter:arelleFailed", f"Arelle failed: {exc!r}", str(path))


def _say_if_not_loaded(run: _Run, loaded: bool, path: Path) -> None:
    if not loaded and not any(m.level == "error" for m in run.messages):
        run.messages.append(Message("error", "exporter:notLoaded", "Arelle could not load the file", str(path)))


def _options(path: Path, cache_dir: Path | None, is_inline: bool, validate: bool,
             efm: Path | None = None, *, shared: bool = False) -> Any:
    from arelle.RuntimeOptions import RuntimeOptions

    entry = str(path.resolve())
    oim = path.suffix.lower() in _OIM_SUFFIXES
    plugins = [_INLINE_PLUGIN if is_inline else _OIM_LOAD_PLUGIN if oim else "", str(efm or ""),
               str(shared_dts.PLUGIN) if shared else ""]
    return RuntimeOptions(
        entrypointFile=json.dumps([{"ixds": [{"file": entry}]}]) if is_inline else entry,
        plugins="|".join(p for p in plugins if p) or None,
        disclosureSystemName=DISCLOSURE_SYSTEM if efm is not None and validate else None,
        validate=validate,
        calcs="c11r" if validate else None,
        baseTaxonomyValidationMode="none",
        internetConnectivity="offline" if cache_dir is not None else "online",
        cacheDirectory=str(cache_dir) if cache_dir is not None else None,
        disablePersistentConfig=True,
        keepOpen=True,
        logLevel="info",
        logPropagate=False,
        logRefObjectProperties=False,
    )


@contextlib.contextmanager
def web_cache(taxonomy_dir: Path | None) -> Iterator[Path | None]:
    """A temporary Arelle web cache whose https/http entries link to ``taxonomy_dir``."""
    if taxonomy_dir is None:
        yield None
        return
    if not taxonomy_dir.is_dir():
        raise TaxonomyError(
            "taxonomy folder not found; pass an existing folder laid out as host/path "
            f"({PROFILE.us_gaap_dir}/...) or set ${TAXONOMY_DIR_ENV}",
            where=str(taxonomy_dir),
        )
    target = taxonomy_dir.resolve()
    with tempfile.TemporaryDirectory(prefix="exporter-arelle-cache-") as tmp:
        cache = Path(tmp)
        for scheme in ("https", "http"):
            (cache / scheme).symlink_to(target, target_is_directory=True)
        yield cache


def fill_web_cache(urls: tuple[str, ...], folder: Path) -> int:
    """Load ``urls`` with Arelle online, its web cache being ``folder`` (host/path): every file
    the entry points need and ``folder`` lacks is downloaded into it. Returns the files added."""
    from arelle.RuntimeOptions import RuntimeOptions

    folder.mkdir(parents=True, exist_ok=True)
    before = sum(1 for p in folder.rglob("*") if p.is_file())
    with arelle_session(folder) as (session, cache_dir, collector, _console):
        session.run(RuntimeOptions(
            entrypointFile=json.dumps([{"file": url} for url in urls]),
            internetConnectivity="online",
            cacheDirectory=str(cache_dir),
            disablePersistentConfig=True,
            logLevel="info",
            logPropagate=False,
        ), logHandler=collector)
    return sum(1 for p in folder.rglob("*") if p.is_file()) - before


def detach_handler(handler: logging.Handler) -> None:
    """Make sure our handler is off Arelle's global logger (Session.close removes it too)."""
    logging.getLogger("arelle").removeHandler(handler)


# --- log records and facts --------------------------------------------------------------------


def _level(levelname: str) -> Level:
    name = levelname.upper()
    if name == "INCONSISTENCY":
        return "inconsistency"
    if name.startswith(("ERROR", "CRITICAL", "FATAL")) or name == "ASSERTION-NOT-SATISFIED":
        return "error"
    if name.startswith("WARNING"):
        return "warning"
    return "info"


def _message(record: logging.LogRecord) -> Message:
    try:
        text = record.getMessage()
    except (TypeError, ValueError, KeyError):
        text = str(record.msg)
    refs = getattr(record, "refs", None) or []
    where = ""
    if refs and isinstance(refs[0], dict):
        href = str(refs[0].get("href", ""))
        line = refs[0].get("sourceLine")
        where = f"{href.split('#')[0]}:{line}" if href and line else href
    code = str(getattr(record, "messageCode", "") or "")
    return Message(_level(record.levelname), code, text, where)


def _in_document_order(facts: Any) -> Iterator[Any]:
    for fact in facts:
        yield fact
        yield from _in_document_order(getattr(fact, "modelTupleFacts", None) or ())


def _fact_tuple(fact: Any) -> FactRow:
    decimals = fact.decimals
    return (
        str(fact.qname.localName),
        _period(fact.context),
        _unit(fact.unit),
        str(fact.value if fact.value is not None else ""),
        "" if decimals is None else str(decimals),
    )


def _period(context: Any) -> str:
    from arelle import XmlUtil

    if context is None:
        return ""
    if context.isForeverPeriod:
        return "forever"
    end = str(XmlUtil.dateunionValue(context.endDatetime, subtractOneDay=True))
    if context.isInstantPeriod:
        return end
    return f"{XmlUtil.dateunionValue(context.startDatetime)}/{end}"


def _unit(unit: Any) -> str:
    if unit is None:
        return ""
    numerators, denominators = unit.measures
    text = "*".join(m.localName for m in numerators)
    if denominators:
        text += "/" + "*".join(m.localName for m in denominators)
    return str(text)
