"""Hashes of every file an export writes, to show a refactoring leaves the outputs byte-identical.

    python bench/outputs_hash.py -o /tmp/before.txt          # seed, keyed text filings, re-tag corpus
    python bench/outputs_hash.py -o /tmp/after.txt --part dev
    python bench/outputs_hash.py --compare /tmp/before.txt /tmp/after.txt

Inputs: the built-in seed example, the keyed EDGAR text filings and the Inline XBRL corpus with
its tags stripped (``../shared/eval/retag.py``'s strip; ``--part`` as in bench/retag_split.py).
Each is exported with ``--no-validate`` and the default formats; every file written is hashed
(SHA-256), one ``input/file hash`` line each, sorted. ``index.csv`` is left out (it holds timings).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from retag_split import CORPUS, SHARED, corpus_files, retag_module  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "examples" / "innovo-2003q3-ex99-1.txt"
TEXT = SHARED / "corpus" / "edgar-text"
SKIP = frozenset({"index.csv"})


def inputs(part: str, tmp: Path) -> list[Path]:
    """The seed, the keyed text filings and the stripped Inline XBRL filings of ``part``."""
    retag = retag_module()
    found = [SEED]
    keys = TEXT / "keys"
    found += sorted(TEXT / k.name.removesuffix(".golden.tsv") for k in keys.glob("*.golden.tsv"))
    for f in corpus_files(part):
        plain = tmp / (f.stem + ".htm")
        retag.strip(f, plain)
        found.append(plain)
    return found


def hashes(inputs: list[Path], tmp: Path) -> list[str]:
    """Export each input into a folder of its own (in this process, as the CLI does); one
    ``input/file sha256`` line per file written."""
    from exporter.cli import main as export

    lines = []
    for path in inputs:
        out = tmp / "out" / path.name
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = export([str(path), "-o", str(out), "--no-validate"])
        if code != 0:
            lines.append(f"{path.name}/- exit{code}")
        for f in sorted(out.rglob("*")) if out.is_dir() else []:
            if f.is_file() and f.name not in SKIP:
                lines.append(f"{path.name}/{f.relative_to(out)} {hashlib.sha256(f.read_bytes()).hexdigest()}")
        print(f"{path.name[:60]:60} {len(lines)}", file=sys.stderr, flush=True)
    return sorted(lines)


def compare(a: Path, b: Path) -> int:
    before = dict(line.rsplit(" ", 1) for line in a.read_text().splitlines())
    after = dict(line.rsplit(" ", 1) for line in b.read_text().splitlines())
    differ = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    for k in differ:
        print(f"differs: {k} ({before.get(k, 'absent')[:12]} -> {after.get(k, 'absent')[:12]})")
    print(f"{len(before)} files before, {len(after)} after, {len(differ)} differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("all", "dev", "held-out"), default="all")
    ap.add_argument("-o", "--output", type=Path, help="write the hash lines here (default: stdout)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="compare two hash files")
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if not CORPUS.is_dir():
        print(f"outputs_hash: no corpus at {CORPUS} (needs ../shared)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        lines = hashes(inputs(args.part, Path(tmp)), Path(tmp))
    text = "\n".join(lines) + "\n"
    if args.output:
        args.output.write_text(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
