"""What a new ``xbrl-export`` process would otherwise compile again at every start, kept between runs.

A start spends a fifth of its CPU compiling: some 350 regular expressions (the package's own,
compiled at import or at first use) and the methods :mod:`dataclasses` writes for some 75 record
classes (``__init__``, ``__eq__``, ``__repr__``..., each source text run through ``exec``). Both
give the same result from the same text in the same Python, so the command line keeps them in one
file per Python build (``$XDG_CACHE_HOME/xbrl-exporter`` or ``~/.cache/xbrl-exporter``, marshal
format) and compiles only what it has not seen:

- a pattern's compiled program (what ``re`` hands to ``_sre.compile``: its flags, opcodes and
  groups), keyed by the pattern and its flags;
- a generated method's code object, keyed by its source text.

:func:`install` is called by :mod:`exporter.cli` only (the process is the command's): the library
never changes ``re`` or ``dataclasses`` when imported. The cache is used only by the Python build
that wrote it (``sys.version`` and the regular-expression engine's magic number); a missing,
unreadable or foreign file, or ``XBRL_EXPORTER_STARTUP_CACHE=0``, means compiling as usual. What a
run compiled is added at exit (written to a temporary file, then renamed over the old one); past
:data:`KEPT` entries of a kind only those this run used are kept, so patterns made from a
document's own words cannot grow it without end.

Each entry is kept in the file as its own marshal bytes and read back only when a run asks for it:
the file also holds what other runs compiled (Arelle's patterns and records after a validation, a
batch's other documents' words), thousands of entries a start without validation never uses, and
reading them all back cost more than the start saved by the few hundred it uses. An entry that
cannot be read back is compiled as usual.
"""

from __future__ import annotations

import atexit
import builtins
import importlib
import marshal
import os
import sys
import types
from functools import cache
from pathlib import Path
from typing import Any

KEPT = 4096
ENV = "XBRL_EXPORTER_STARTUP_CACHE"
_FORMAT = 2  # 2: each entry marshalled on its own (1: the whole tables at once)

_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_ReKey = tuple[str, "str | bytes", int]

_programs: dict[_ReKey, bytes] = {}  # a pattern -> its program (_Program), marshalled
_codes: dict[str, bytes] = {}  # a method's source text -> its code object, marshalled
_used: set[object] = set()
stats = {"re_hits": 0, "re_compiled": 0, "code_hits": 0, "code_compiled": 0}
_installed: Path | None = None


def _build() -> str:
    import _sre

    return f"{sys.version} sre {_sre.MAGIC} {_sre.CODESIZE}"


def _stamp() -> str:
    """What a file this code reads was written by: this Python build and this file format."""
    return f"{_build()} format {_FORMAT}"


def path() -> Path:
    """This Python build's cache file."""
    import zlib

    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    build = f"{zlib.crc32(_build().encode()):08x}"
    return Path(base) / "xbrl-exporter" / f"startup-{sys.implementation.cache_tag}-{build}.marshal"


@cache
def _internals() -> tuple[Any, Any, Any]:
    """``re``'s engine, compiler and parser modules (private: read as untyped)."""
    return tuple(importlib.import_module(name) for name in ("_sre", "re._compiler", "re._parser"))  # type: ignore[return-value]


def _compile_pattern(p: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` for a pattern string: its program from the cache, else compiled
    (and kept) as ``re`` compiles it."""
    _sre, _compiler, _parser = _internals()
    if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original_compile(p, flags)
    key: _ReKey = ("b" if isinstance(p, bytes) else "s", p, int(flags))
    program: _Program | None = _read_back(_programs.get(key), tuple)
    if program is None:
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        names: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            names[i] = k
        program = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
                   tuple(names))  # plain ints: the opcodes are an int subclass marshal does not write
        _programs[key] = marshal.dumps(program)
        stats["re_compiled"] += 1
    else:
        stats["re_hits"] += 1
    _used.add(key)
    final, code, groups, groupindex, indexgroup = program
    return _sre.compile(p, final, code, groups, groupindex, indexgroup)


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` as :mod:`dataclasses` calls it: a source text's code from the cache, else compiled
    (and kept)."""
    if not isinstance(source, str):
        builtins.exec(source, globals, locals)
        return
    code = _read_back(_codes.get(source), types.CodeType)
    if code is None:
        code = builtins.compile(source, "<string>", "exec")
        _codes[source] = marshal.dumps(code)
        stats["code_compiled"] += 1
    else:
        stats["code_hits"] += 1
    _used.add(source)
    builtins.exec(code, globals, locals)


def _read_back(blob: bytes | None, kind: type) -> Any:
    """A kept entry as marshal gives it back; None when there is none or it is not a ``kind``."""
    if blob is None:
        return None
    try:
        value = marshal.loads(blob)
    except (ValueError, EOFError, TypeError):
        return None
    return value if isinstance(value, kind) else None


_original_compile: Any = None


def install() -> bool:
    """Use the cache in this process (once); False when switched off or not for this Python."""
    global _original_compile, _installed
    if _installed is not None:
        return True
    if os.environ.get(ENV, "1") == "0" or sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        return False  # the compiler's internals this reads are CPython 3.11's
    import dataclasses

    _compiler = _internals()[1]
    try:
        _installed = path()
    except (RuntimeError, KeyError, OSError):  # no home folder to keep it in: compile as usual
        return False
    _load(_installed)
    _original_compile = _compiler.compile
    _compiler.compile = _compile_pattern
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # found before the builtin by _create_fn
    atexit.register(save)
    return True


def _load(file: Path) -> None:
    try:
        data = marshal.loads(file.read_bytes())
        if not (isinstance(data, tuple) and len(data) == 3 and data[0] == _stamp()):
            return
        programs, codes = data[1], data[2]
        if isinstance(programs, dict) and isinstance(codes, dict):
            _programs.update(programs)
            _codes.update(codes)
    except (OSError, ValueError, EOFError, TypeError):
        return


def save() -> None:
    """Add what this run compiled to the file (nothing to add: nothing written)."""
    if _installed is None or not (stats["re_compiled"] or stats["code_compiled"]):
        return

    def kept(table: dict[Any, Any]) -> dict[Any, Any]:
        return table if len(table) <= KEPT else {k: v for k, v in table.items() if k in _used}

    file = _installed
    tmp = file.with_name(f".{file.name}.{os.getpid()}")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((_stamp(), kept(_programs), kept(_codes))))
        os.replace(tmp, file)
    except (OSError, ValueError):
        tmp.unlink(missing_ok=True)
