"""Validation as a session: one Arelle controller per process, the base taxonomy loaded once.

Arelle builds a new model for every file it loads and, for an export, parses and checks the
whole us-gaap 2024 schema (17,388 elements) again each time. A :class:`ValidationSession`
keeps one Arelle controller and one *base* model holding the documents every export refers
to (us-gaap, dei, the data type registry, the XBRL base schemas, loaded from a small anchor
schema that imports them), and lends those documents to the model of each file it validates::

    with ValidationSession(Path("../shared/taxonomies")) as session:
        for path in exported:
            report = validate(path, taxonomy_dir)   # goes through the open session

How the lending works: when Arelle creates a model (the ``ModelXbrl.Init`` hook of the small
plugin ``_shared_dts_plugin.py``), the base documents and their indexes (concepts, types,
roles, namespaces) are put in it before its entry file loads, so discovery finds them already
loaded; while that model is open the base documents point to it (``doc.modelXbrl``), so labels,
relationships and messages are those of the file validated, as with a fresh load. Before the
model is closed the base documents are taken out of it and handed back. What Arelle works out
about a base concept (its type derivations, enumerations) stays cached on the concept, which is
most of what the second and later validations save.

The messages Arelle logged while loading the base taxonomy (offline: the two SEC schemas the
copy lacks) are part of every report, as they would be with a fresh load. One session at a time
per process (Arelle keeps global state); :func:`active` is the open one.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import io
import logging
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from exporter.profile import PROFILE

_ANCHOR_NAMESPACE = "urn:xbrl-export:base-dts"
_XBRL_INSTANCE = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
PLUGIN = Path(__file__).with_name("_shared_dts_plugin.py")
"""The Arelle plugin file whose ``ModelXbrl.Init`` hook calls :func:`on_model_init`."""

_ACTIVE: ValidationSession | None = None
BASE_LOADS = 0
"""How many times this process loaded the base taxonomy (what the tests count)."""
log = logging.getLogger(__name__)


def active(taxonomy_dir: Path | None) -> ValidationSession | None:
    """The open session validating against ``taxonomy_dir``, if any."""
    s = _ACTIVE
    if s is None or taxonomy_dir is None or s.taxonomy_dir != taxonomy_dir.resolve():
        return None
    return s


def anchor_schema() -> str:
    """The anchor schema: imports every base schema an export refers to, declares nothing."""
    imports = [(PROFILE.namespaces[k], PROFILE.schemas[k]) for k in ("us-gaap", "dei", "dtr-types")]
    imports.append(("http://www.xbrl.org/2003/instance", _XBRL_INSTANCE))
    lines = [f'  <xs:import namespace="{ns}" schemaLocation="{loc}"/>' for ns, loc in imports]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{_ANCHOR_NAMESPACE}" '
            'elementFormDefault="qualified">\n' + "\n".join(lines) + "\n</xs:schema>\n")


class ValidationSession:
    """One Arelle controller and one loaded base taxonomy for every validation in this process.

    ``base_loads`` counts how many times the base taxonomy was loaded (1 after the first
    validation, whatever follows). Use as a context manager; :func:`exporter.check.validate.validate`
    uses the open session when its taxonomy folder is the session's.
    """

    def __init__(self, taxonomy_dir: Path) -> None:
        from exporter.check.validate import LogCollector, web_cache

        self.taxonomy_dir = taxonomy_dir.resolve()
        self._stack = contextlib.ExitStack()
        self.cache_dir = self._stack.enter_context(web_cache(self.taxonomy_dir))
        assert self.cache_dir is not None
        anchor_dir = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="exporter-base-dts-")))
        self._anchor = anchor_dir / "base-dts.xsd"
        self._anchor.write_text(anchor_schema(), encoding="utf-8")
        self.collector = LogCollector()
        self.console = io.StringIO()
        self._session: Any = None
        self.base: Any = None
        self._base_docs: list[Any] = []
        self.base_messages: list[Any] = []
        self.base_loads = 0
        self._loading_base = False
        self._lent_to: list[Any] = []
        self._frozen = False  # the base taxonomy moved out of the garbage collector's sight (gc.freeze)
        self._thread = threading.get_ident()  # the thread that runs Arelle (see close)

    # --- lifetime ---

    def __enter__(self) -> ValidationSession:
        global _ACTIVE
        if _ACTIVE is not None:
            raise RuntimeError("an Arelle validation session is already open in this process")
        _ACTIVE = self
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        global _ACTIVE
        if _ACTIVE is self:
            _ACTIVE = None
        # Arelle's Session may only be closed by the thread that ran it; a Dask worker runs tasks in
        # its own thread and the process's exit handler in the main one: then the process ends anyway
        same_thread = self._thread == threading.get_ident()
        with self._quiet():
            if self.base is not None and same_thread:
                self._hand_back()
                self.base.close()
            if self._session is not None and same_thread:
                self._session.close()
            self.base = self._session = None
        from exporter.check.validate import detach_handler

        detach_handler(self.collector)
        self._stack.close()

    @contextlib.contextmanager
    def _quiet(self) -> Iterator[None]:
        with contextlib.redirect_stdout(self.console), contextlib.redirect_stderr(self.console):
            yield

    # --- one run ---

    def run(self, options: Any) -> tuple[bool, list[Any], list[Any]]:
        """Run Arelle with ``options`` (built for this session's cache); returns (loaded, models,
        messages). The models are open until :meth:`release` is called with them."""
        from arelle.api.Session import Session

        self.collector.messages = []
        _cache_type_unions()
        with self._quiet():
            if self._session is None:
                self._thread = threading.get_ident()
                self._session = Session()
                loaded = self._session.run(options, logHandler=self.collector)
            else:
                loaded = self._rerun(options)
            models = list(self._session.get_models())
        return loaded, models, [*self.base_messages, *self.collector.messages]

    def _rerun(self, options: Any) -> bool:
        """A later run on the same controller. ``Session.run`` would empty the plugin manager's
        configuration and then fail adding a plugin (``KeyError: 'modules'``, Arelle 2.47), so
        this does what it does with the configuration reset to an empty one."""
        from arelle import PackageManager, PluginManager

        PackageManager.getInstance().close()
        manager = PluginManager.getInstance()
        manager.close()
        manager.pluginConfig = {"modules": {}, "classes": {}}
        return bool(self._session._cntlr.run(options))

    def release(self, models: list[Any]) -> None:
        """Close the models of one run, the base documents taken out of them first."""
        with self._quiet():
            for model in models:
                self._take_back(model)
                manager = model.modelManager if not model.isClosed else None
                if manager is not None:
                    while model in manager.loadedModelXbrls:
                        manager.loadedModelXbrls.remove(model)
                    if manager.modelXbrl is model:
                        manager.modelXbrl = None
                if not model.isClosed:
                    model.close()
        if self.base is not None and not self._frozen:
            # the base taxonomy's objects live as long as the session: out of the cyclic garbage
            # collector's sight once loaded (the first run's garbage collected first), its later
            # passes, in every export and validation after, walk only what those make
            gc.collect()
            gc.freeze()
            self._frozen = True

    # --- lending the base documents ---

    def on_model_init(self, model: Any) -> None:
        """Arelle created ``model``: put the base documents in it (loading them the first time)."""
        if self._loading_base:
            return
        if self.base is not None and not self._intact():  # something closed a base document: load anew
            self.base, self._base_docs = None, []
        if self.base is None:
            self._load_base(model.modelManager)
        if self.base is None:
            return
        self._lend(model)

    def _intact(self) -> bool:
        """The base documents are all still open (Arelle closing a model that held them would close them)."""
        try:
            return not self.base.isClosed and all(len(doc.xmlRootElement) for doc in self._base_docs)
        except (AttributeError, TypeError):
            return False

    def _load_base(self, model_manager: Any) -> None:
        from arelle import ModelXbrl

        self._loading_base = True
        mark = len(self.collector.messages)
        try:
            self.base = ModelXbrl.load(model_manager, str(self._anchor))
        finally:
            self._loading_base = False
        self.base_loads += 1
        self._frozen = False  # a base loaded anew: frozen once its first run is done
        global BASE_LOADS
        BASE_LOADS += 1
        self.base_messages = self.collector.messages[mark:]
        del self.collector.messages[mark:]
        anchor = self.base.modelDocument
        self._base_docs = [d for d in self.base.urlDocs.values() if d is not anchor]

    def _lend(self, model: Any) -> None:
        base = self.base
        anchor = base.modelDocument
        model.urlDocs.update((url, doc) for url, doc in base.urlDocs.items() if doc is not anchor)
        for ns, docs in base.namespaceDocs.items():
            if ns != _ANCHOR_NAMESPACE:
                model.namespaceDocs[ns].extend(d for d in docs if d is not anchor)
        for name in ("qnameConcepts", "qnameAttributes", "qnameAttributeGroups", "qnameGroupDefinitions",
                     "qnameTypes", "qnameDimensionDefaults", "urlUnloadableDocs"):
            getattr(model, name).update(getattr(base, name))
        for name in ("nameConcepts", "arcroleTypes", "roleTypes", "baseSets"):
            target, source = getattr(model, name), getattr(base, name)
            if not target:  # a new model's (as always here): each list copied, at C speed
                target.update(zip(source.keys(), map(list, source.values()), strict=True))
                continue
            for key, values in source.items():
                target[key].extend(values)
        model.hasXDT = model.hasXDT or base.hasXDT
        for doc in self._base_docs:
            doc.modelXbrl = model
        self._lent_to.append(model)

    def _take_back(self, model: Any) -> None:
        if model not in self._lent_to:
            return
        self._lent_to.remove(model)
        base_docs = set(self._base_docs)
        if not model.isClosed:
            for doc in list(model.urlDocs.values()):
                if doc not in base_docs:
                    for ref in [r for r in doc.referencesDocument if r in base_docs]:
                        del doc.referencesDocument[ref]
            for url in [u for u, d in model.urlDocs.items() if d in base_docs]:
                del model.urlDocs[url]
        self._hand_back()

    def _hand_back(self) -> None:
        for doc in self._base_docs:
            doc.modelXbrl = self.base


_UNIONS_CACHED = False


def _cache_type_unions() -> None:
    """Let Arelle's concepts keep their answer to "derived from any of these types?" as they keep it
    for one type (``ModelConcept._instanceOfTypeCache``): its check of every concept asks
    ``isEnumeration`` (a union of the enumeration types) of each of the base taxonomy's 17,000,
    in every validation of the session, and the answer for a concept never changes."""
    global _UNIONS_CACHED
    if _UNIONS_CACHED:
        return
    from arelle.ModelDtsObject import ModelConcept

    one_or_any = ModelConcept.instanceOfType

    def instance_of_type(self: Any, typeqname: Any) -> bool:
        if not isinstance(typeqname, (frozenset, tuple)):
            return bool(one_or_any(self, typeqname))
        cache = self._instanceOfTypeCache
        try:
            return bool(cache[typeqname])
        except KeyError:
            found = cache[typeqname] = one_or_any(self, typeqname)
            return bool(found)

    ModelConcept.instanceOfType = instance_of_type
    _UNIONS_CACHED = True


def on_model_init(model: Any) -> None:
    """The plugin hook's target: lend the base documents to ``model`` when a session is open."""
    if _ACTIVE is not None:
        _ACTIVE.on_model_init(model)


def reuse_or_open(taxonomy_dir: Path) -> contextlib.AbstractContextManager[Any]:
    """The open session for ``taxonomy_dir`` (left open on exit), else a new one (closed on exit)."""
    return contextlib.nullcontext(_ACTIVE) if active(taxonomy_dir) is not None else ValidationSession(taxonomy_dir)


def open_for_process(taxonomy_dir: Path | None) -> None:
    """Open a session that lasts as long as this process (a batch worker): every export it
    validates against ``taxonomy_dir`` shares one base taxonomy. Nothing without a folder."""
    if taxonomy_dir is None or _ACTIVE is not None:
        return
    session = ValidationSession(taxonomy_dir).__enter__()
    atexit.register(session.close)
