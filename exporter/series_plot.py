"""Plot chosen concepts of a series over time (PNG; matplotlib is the optional ``[plot]`` extra)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from exporter.errors import InputError

_GAP_DAYS = 730


def _months(start: pd.Timestamp, end: pd.Timestamp) -> int:
    return max(1, round(((end - start).days + 1) / 30.44))


def plot_concepts(table: pd.DataFrame, concepts: Sequence[str]) -> list[str]:
    """The concepts to plot as QNames (``Revenues`` is ``us-gaap:Revenues``); :class:`InputError`
    when matplotlib is missing or a concept is not in the table."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise InputError("plotting needs matplotlib: pip install 'exporter[plot]'", "--plot") from exc
    names = {str(c) for c in table["concept"]}
    wanted = [c if ":" in c else f"us-gaap:{c}" for c in concepts]
    missing = [c for c in wanted if c not in names]
    if missing:
        raise InputError(f"no such concept in the series: {', '.join(missing)}", "--plot")
    return wanted


def plot_series(table: pd.DataFrame, concepts: Sequence[str], path: Path) -> Path:
    """Draw each concept's values against their period end, one line per period length
    (quarters, half-years, years...) and per unit; restated values marked with an ``x``."""
    wanted = plot_concepts(table, concepts)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 5.5))
    for concept in wanted:
        rows = table[table["concept"] == concept]
        when = rows["period_end"].fillna(rows["instant"])
        length = [0 if pd.isna(s) else _months(s, e) for s, e in zip(rows["period_start"], rows["period_end"],
                                                                         strict=True)]
        frame = rows.assign(_when=when, _months=length)
        for (months, unit), part in frame.groupby(["_months", "unit"], sort=True):
            part = part.sort_values("_when")
            what = "balance" if months == 0 else f"{months} months"
            xs: list[pd.Timestamp] = []
            ys: list[float] = []
            for when, value in zip(part["_when"], part["value_float"], strict=True):
                if xs and (when - xs[-1]).days > _GAP_DAYS:  # no line across years without a filing
                    xs.append(xs[-1] + (when - xs[-1]) / 2)
                    ys.append(float("nan"))
                xs.append(when)
                ys.append(value)
            ax.plot(pd.DatetimeIndex(xs), ys, marker="o", label=f"{concept} ({what}, {unit})")
            restated = part[part["restated"]]
            if len(restated):
                ax.scatter(restated["_when"], restated["value_float"], marker="x", s=80, color="black", zorder=3)
    ax.set_xlabel("period end")
    ax.set_ylabel("value")
    ax.set_title("Statement facts across filings (x: restated)")
    ax.legend(fontsize="small")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
