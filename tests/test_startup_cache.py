"""The command line's start-up cache (exporter.startup_cache): what it gives is what compiling gives."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from exporter import startup_cache

PATTERNS = [
    (r"\b(?:total|sub-?total)\s+(?P<what>[a-z ]+?)\s*$", re.I),
    (r"""
        (?P<neg>\()?\s*(?P<cur>\$)?\s*   # an opening parenthesis, a dollar sign
        (?P<num>\d{1,3}(?:,\d{3})*)      # the digits
        (?(neg)\))                       # closed when opened
    """, re.X),
    (r"(?<![A-Za-z])(jan|feb|mar)[a-z]*\.?\s+\d{1,2}", re.I | re.M),
    (r"[\u2020\u2021*]+|\[\s*\d\s*\]", 0),
    (rb"<(/?)(S|C|FN)>", re.I),
    (r"^\s*$", re.M),
]
TEXT = "Total current assets\n(  $1,234)\nJan. 31, 2025 and feb 2\n\u2020 [ 3 ]\n\n<S><C></FN>"


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_pattern_from_the_cache_is_the_pattern_compiled(pattern: str | bytes, flags: int,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup_cache, "_programs", {})
    from re import _compiler

    fresh = (startup_cache._original_compile or _compiler.compile)(pattern, flags)  # re's own, installed or not
    compiled = startup_cache._compile_pattern(pattern, flags)  # compiled and kept
    kept = marshal.loads(marshal.dumps(startup_cache._programs))  # as the file gives it back
    monkeypatch.setattr(startup_cache, "_programs", kept)
    hits = startup_cache.stats["re_hits"]
    cached = startup_cache._compile_pattern(pattern, flags)
    assert startup_cache.stats["re_hits"] == hits + 1
    text: str | bytes = TEXT.encode() if isinstance(pattern, bytes) else TEXT
    for got in (compiled, cached):
        assert (got.pattern, got.flags, got.groups, dict(got.groupindex)) == (
            fresh.pattern, fresh.flags, fresh.groups, dict(fresh.groupindex))
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in fresh.finditer(text)]  # type: ignore[arg-type]
        assert [m.groups() for m in got.finditer(text)] == [m.groups() for m in fresh.finditer(text)]  # type: ignore[arg-type]


def test_generated_methods_from_the_cache_behave_as_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    monkeypatch.setattr(startup_cache, "_codes", {})
    monkeypatch.setattr(dataclasses, "exec", startup_cache._exec, raising=False)

    def make() -> type:
        @dataclasses.dataclass(frozen=True, order=True)
        class Row:
            label: str
            value: int = 0
        return Row

    first = make()
    assert startup_cache._codes  # the methods' code was kept
    monkeypatch.setattr(startup_cache, "_codes", marshal.loads(marshal.dumps(startup_cache._codes)))
    second = make()
    for cls in (first, second):
        a, b = cls("a", 1), cls("a", 2)
        assert (repr(a), a == cls("a", 1), a < b, hash(a) == hash(cls("a", 1))) == (
            "test_generated_methods_from_the_cache_behave_as_compiled.<locals>.make.<locals>.Row(label='a', value=1)",
            True, True, True)
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.value = 3  # type: ignore[misc]


def _start(cache_home: Path, **env: str) -> str:
    code = "import exporter.cli, exporter.pipeline; from exporter import startup_cache as s; print(s.stats)"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "XDG_CACHE_HOME": str(cache_home), **env}).stdout


def test_a_second_start_compiles_nothing_the_first_did(tmp_path: Path) -> None:
    first = eval(_start(tmp_path))
    assert first["re_compiled"] > 100 and first["code_compiled"] > 100
    assert len(list((tmp_path / "xbrl-exporter").iterdir())) == 1
    second = eval(_start(tmp_path))
    assert second["re_compiled"] == second["code_compiled"] == 0
    assert second["re_hits"] >= first["re_compiled"] and second["code_hits"] >= first["code_compiled"]


def test_switched_off_or_foreign_it_compiles_as_usual(tmp_path: Path) -> None:
    off = eval(_start(tmp_path, XBRL_EXPORTER_STARTUP_CACHE="0"))
    assert off == {"re_hits": 0, "re_compiled": 0, "code_hits": 0, "code_compiled": 0}
    assert not (tmp_path / "xbrl-exporter").exists()
    eval(_start(tmp_path))
    (file,) = (tmp_path / "xbrl-exporter").iterdir()
    build, programs, codes = marshal.loads(file.read_bytes())
    file.write_bytes(marshal.dumps(("another Python", programs, codes)))
    assert eval(_start(tmp_path))["re_hits"] == 0
    file.write_bytes(b"not marshal data")
    assert eval(_start(tmp_path))["re_hits"] == 0


def test_each_entry_is_read_back_only_when_asked_for(tmp_path: Path) -> None:
    """The file keeps each entry as its own marshal bytes: entries no start asks for (another run's
    patterns) are never read back, and one that cannot be read back is compiled again, as usual."""
    first = eval(_start(tmp_path))
    (file,) = (tmp_path / "xbrl-exporter").iterdir()
    stamp, programs, codes = marshal.loads(file.read_bytes())
    assert all(isinstance(v, bytes) for v in (*programs.values(), *codes.values()))
    spoilt = next(iter(programs))
    programs[spoilt] = b"not marshal data"
    programs.update({("s", f"another run's pattern {n}", 0): b"never read" for n in range(1000)})
    file.write_bytes(marshal.dumps((stamp, programs, codes)))
    again = eval(_start(tmp_path))
    assert again["re_compiled"] == 1 and again["re_hits"] == first["re_compiled"] - 1
    assert again["code_compiled"] == 0


def test_the_command_ends_its_process_as_a_normal_exit_would(tmp_path: Path) -> None:
    """The command's own process ends without the interpreter's teardown (exporter.cli._end_process):
    its exit code, its printed lines, its files and its atexit functions (this cache written) as before."""
    seed = Path(__file__).resolve().parents[1] / "examples" / "innovo-2003q3-ex99-1.txt"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    run = subprocess.run([sys.executable, "-m", "exporter", str(seed), "-o", str(tmp_path / "out"), "--no-validate"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert "wrote" in run.stdout and "report:" in run.stdout
    written = sorted((tmp_path / "out").iterdir())
    assert len(written) == 9 and all(f.stat().st_size > 0 for f in written)  # instance, inline, taxonomy, report...
    assert len(list((tmp_path / "cache" / "xbrl-exporter").iterdir())) == 1
    missing = subprocess.run([sys.executable, "-m", "exporter", str(tmp_path / "missing.txt"), "-o",
                              str(tmp_path / "out2"), "--no-validate"], capture_output=True, text=True, env=env)
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "missing.txt" in missing.stderr


def test_with_no_home_folder_it_compiles_as_usual(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "XDG_CACHE_HOME")}
    code = ("import pathlib; pathlib.Path.home = classmethod(lambda cls: (_ for _ in ()).throw("
            "RuntimeError('no home'))); import exporter.cli; from exporter import startup_cache as s; print(s.stats)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert eval(out) == {"re_hits": 0, "re_compiled": 0, "code_hits": 0, "code_compiled": 0}
