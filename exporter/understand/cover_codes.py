"""Names printed on a cover page -> the codes dei expects (state, country, exchange, filer category).

The tables are the SEC's own: the name patterns and codes of EDGAR's transformation
registry (``ixt-sec:stateprovnameen``, ``countrynameen``, ``exchnameen``,
``entityfilercategoryen`` in the EDGAR plugin's ``transform/__init__.py``), turned into
``cover_codes.json`` by::

    python -m exporter.understand.cover_codes ../shared/edgar-plugin/EDGAR

The same command writes ``cover_required.json``: the dei facts EDGAR requires on the cover
of a 10-K, 10-Q and 8-K (validations ``x``/``xv``/``r``/``y``/``n`` of the plugin's
``validate/resources/dei-validations.json``, EFM 6.5.20-6.5.54). The exporter itself needs
only the JSON files.
"""

from __future__ import annotations

import json
import re
import sys
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("cover_codes.json")
REQUIRED = Path(__file__).with_name("cover_required.json")
FORMS = ("10-K", "10-Q", "8-K")
_MUST = frozenset({"x", "xv", "r", "y", "n"})
_TABLES = {
    "state": ("stateProvNamePattern", "stateProvCodes"),
    "country": ("countryNamePattern", "countryCodes"),
    "exchange": ("exchNamePattern", "exchCodes"),
    "filer_category": ("entityFilerNamePattern", "entityFilerCodes"),
}


def _alternatives(body: str) -> list[str]:
    """The top-level alternatives of ``(a)|(b)|...`` (each one group)."""
    out, depth, start, cls = [], 0, 0, False
    for i, ch in enumerate(body):
        if ch == "\\":
            continue
        if ch == "[" and not cls:
            cls = True
        elif ch == "]" and cls:
            cls = False
        elif not cls and ch == "(" and (i == 0 or body[i - 1] != "\\"):
            depth += 1
        elif not cls and ch == ")" and body[i - 1] != "\\":
            depth -= 1
        elif not cls and ch == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
    out.append(body[start:])
    return out


def build(source: Path) -> dict[str, list[tuple[str, str]]]:
    """(name pattern, code) tables from the EDGAR plugin's transform module source, in its order."""
    code = source.read_text(encoding="utf-8")
    tables: dict[str, list[tuple[str, str]]] = {}
    for key, (pattern_name, codes_name) in _TABLES.items():
        m = re.search(rf'{pattern_name}\s*=\s*re_compile\(r"\^\[ \\t\\n\\r\]\*\((.*)\)\[ \\t\\n\\r\]\*\$"\)', code)
        c = re.search(rf"{codes_name}\s*=\s*\(([^)]*)\)", code)
        if m is None or c is None:
            raise ValueError(f"{source}: no {pattern_name} / {codes_name}")
        codes = re.findall(r'"([^"]*)"', c.group(1))
        alts = _alternatives(m.group(1))
        if len(alts) != len(codes):
            raise ValueError(f"{source}: {pattern_name} has {len(alts)} names for {len(codes)} codes")
        tables[key] = list(zip(alts, codes, strict=True))
    return tables


@cache
def tables() -> dict[str, list[tuple[re.Pattern[str], str]]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))["tables"]
    return {kind: [(re.compile(p), code) for p, code in rows] for kind, rows in data.items()}


def lookup(kind: str, printed: str) -> str | None:
    """The code of a printed name (``lookup("state", "Delaware")`` -> ``"DE"``), or None.

    As EDGAR's transformation does: the whole text (spaces around it aside) must be the name.
    """
    text = printed.replace("\u00a0", " ").strip(" \t\n\r")
    for pattern, code in tables()[kind]:
        if pattern.fullmatch(text):
            return code
    return None


def build_required(source: Path) -> dict[str, list[str]]:
    """Form -> the dei facts EDGAR requires on its cover, from the plugin's dei-validations.json."""
    data = json.loads(source.read_text(encoding="utf-8"))
    classes = data["sub-type-classes"]

    def expand(types: str | list[str]) -> set[str]:
        out: set[str] = set()
        for t in [types] if isinstance(types, str) else types:
            out |= expand(classes[t[1:]]) if t.startswith("@") else {t}
        return out

    required: dict[str, list[str]] = {form: [] for form in FORMS}
    for v in data["sub-type-element-validations"]:
        if v.get("validation") not in _MUST or "sub-types" not in v:
            continue
        names = v.get("xbrl-names") or v.get("xbrl-name") or []
        for form in expand(v["sub-types"]) & set(FORMS):
            for name in [names] if isinstance(names, str) else names:
                if ":" not in name and name not in required[form]:
                    required[form].append(name)
    return required


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m exporter.understand.cover_codes PATH/TO/edgar-plugin/EDGAR", file=sys.stderr)
        return 2
    root = Path(argv[0])
    transform = root / "transform" / "__init__.py"
    codes = build(transform)
    data = {"source": "EDGAR plugin transform/__init__.py (SEC staff work, public domain)", "tables": codes}
    DATA.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {DATA} ({', '.join(f'{k}: {len(v)}' for k, v in codes.items())} names)")
    validations = root / "validate" / "resources" / "dei-validations.json"
    required = build_required(validations)
    req = {"source": "EDGAR plugin validate/resources/dei-validations.json (SEC staff work, public domain): "
                     "validations x, xv, r, y, n", "required": required}
    REQUIRED.write_text(json.dumps(req, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {REQUIRED} ({', '.join(f'{k}: {len(v)}' for k, v in required.items())} facts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
