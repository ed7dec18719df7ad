#!/usr/bin/env python3
"""Run every layout of the layout-variation test bed (tests/layout_bed.py) and print, per layout,
the facts missing and extra against what the statements print.

usage: python bench/layouts.py [--keys]     (exit 1 if any layout differs)

Each 10-Q layout (tests/layout_bed_10q.py) must also give every fact the concepts the base 10-Q
layout gives it.

--keys also re-typesets the money lines of the in-sample text answer keys (tests/layout_bed_keys.py,
needs ../shared) in four layouts and prints, per key and layout, the facts of the first layout
missing and extra: every layout must read as the first does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.layout_bed import VARIANTS, check, concept_changes, expected_of  # noqa: E402


def main() -> int:
    bad = 0
    for name in VARIANTS:
        missing, extra = check(name)
        changed = concept_changes(name)
        total = len(expected_of(name))
        bad += bool(missing or extra or changed)
        print(f"{name:42s} {total - len(missing):3d}/{total} facts, {len(extra)} extra"
              + (f"  missing e.g. {sorted(missing)[:2]} extra e.g. {sorted(extra)[:2]}" if missing or extra else "")
              + (f"  {len(changed)} with another concept, e.g. {changed[0]}" if changed else ""))
    print(f"layouts: {len(VARIANTS) - bad}/{len(VARIANTS)} yield the same facts")
    if "--keys" in sys.argv[1:]:
        from tests.layout_bed_keys import KEYS, check_key, in_sample_keys

        if not KEYS.is_dir():
            print(f"--keys: no answer keys at {KEYS} (needs ../shared)", file=sys.stderr)
            return 2
        same = total = 0
        for key in in_sample_keys():
            for layout, (n, missing, extra) in check_key(key).items():
                total += 1
                same += not (missing or extra)
                print(f"{key.name.removesuffix('.txt.golden.tsv')[-40:]:40s} {layout:12s} {n - missing:4d}/{n} "
                      f"of the first layout's facts, {extra} extra")
        print(f"key layouts: {same}/{total} read as the first layout of their key")
        bad += total - same
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
