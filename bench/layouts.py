#!/usr/bin/env python3
"""Run every layout of the layout-variation test bed (tests/layout_bed.py) and print, per layout,
the facts missing and extra against what the statements print.

usage: python bench/layouts.py     (exit 1 if any layout differs)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.layout_bed import VARIANTS, check, expected_of  # noqa: E402


def main() -> int:
    bad = 0
    for name in VARIANTS:
        missing, extra = check(name)
        total = len(expected_of(name))
        bad += bool(missing or extra)
        print(f"{name:42s} {total - len(missing):3d}/{total} facts, {len(extra)} extra"
              + (f"  missing e.g. {sorted(missing)[:2]} extra e.g. {sorted(extra)[:2]}" if missing or extra else ""))
    print(f"layouts: {len(VARIANTS) - bad}/{len(VARIANTS)} yield the same facts")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
