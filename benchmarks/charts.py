"""Each progress chart on 5 years of data against a bare matplotlib plot of the same arrays.

The ChartData for the whole 5-year journal is built once, as the app does (once per
range, shared by all seven charts; the Progress page keeps it until the journal changes).
For every figure in ``charts.figures.FIGURES`` one run builds the figure from that
ChartData with the screen style and saves it as PNG. The floor is a bare plot of the
same arrays: a plain ``Figure`` of the same size with the same grid of axes, one
``plot``/``step``/``bar``/``barh``/``axvspan`` call per series (arrays prepared
beforehand, no styling, no labels), saved as PNG. Runs alternate (figure, bare, figure,
…: this machine is noisy); the table shows medians and the ratio, against the issue-9
target of 1.3x. The time to build the ChartData and the insights for the whole range is
printed above the table.

Usage: python benchmarks/charts.py [--runs N] [--years 5] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journal_gen import cached_journal, open_generated, preset_name  # noqa: E402

from recovery_journal.services.journal_service import JournalService  # noqa: E402
from recovery_journal.services.taper_service import TaperService  # noqa: E402

TARGET_RATIO = 1.3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per measurement (>= 5)")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--cache-dir", type=Path)
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    generated = cached_journal(preset_name(years=args.years), args.cache_dir)
    journal = open_generated(generated)
    try:
        service = JournalService(journal)
        taper = TaperService(journal)
        return _run(service, taper, generated.first, generated.last, runs, args.years)
    finally:
        journal.close()


def _run(
    service: JournalService, taper: TaperService, first: date, last: date, runs: int, years: int
) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from recovery_journal.charts.figures import FIGURES
    from recovery_journal.charts.style import Style
    from recovery_journal.services.chart_data import ChartData, build_chart_data
    from recovery_journal.services.insights import insights

    style = Style.screen()

    def build_data() -> ChartData:
        return build_chart_data(service, taper, first, last)

    data = build_data()  # warm: imports, page cache, font cache
    insights(service, taper, first, last)
    days = len(data.dates)
    print(f"{years}-year journal: {first} … {last} ({days} days), {runs} runs each, medians")
    data_times = [_seconds(build_data) for _ in range(runs)]
    insight_times = [_seconds(lambda: insights(service, taper, first, last)) for _ in range(runs)]
    print(
        f"  ChartData for {days} days: {_ms(statistics.median(data_times)):>7s}"
        "  (the ranged queries and daily maths; built once per range, shared by all charts)"
    )
    print(
        f"  insights for {days} days:  {_ms(statistics.median(insight_times)):>7s}"
        "  (the sentences beside the charts, for the same range)"
    )
    print()
    header = f"{'chart':11s} {'figure':>10s} {'bare plot':>10s} {'ratio':>7s}"
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name, (_, builder) in FIGURES.items():
        size = builder(data, style).get_size_inches()
        bare = _bare_plot(name, data, Figure, tuple(size), style.dpi)

        def figure(builder: Callable[..., object] = builder) -> None:
            _save(builder(data, style))

        _seconds(figure)  # warm
        _seconds(bare)
        drawn, floors = [], []
        for _ in range(runs):
            drawn.append(_seconds(figure))
            floors.append(_seconds(bare))
        took, floor = statistics.median(drawn), statistics.median(floors)
        ratio = took / floor
        worst = max(worst, ratio)
        flag = "" if ratio <= TARGET_RATIO else f"  (over {TARGET_RATIO}x)"
        print(f"{name:11s} {_ms(took):>10s} {_ms(floor):>10s} {ratio:6.2f}x{flag}")
    print(
        f"\nworst ratio {worst:.2f}x (figure from the ChartData, saved as PNG / bare plot);"
        f" target <= {TARGET_RATIO}x (issue 9)"
    )
    return 0


def _bare_plot(
    name: str, data: object, figure_class: type, size: tuple[float, float], dpi: float
) -> Callable[[], None]:
    """A plain matplotlib plot of the arrays figure ``name`` draws, ready to time."""
    import numpy as np
    from matplotlib import dates as mdates

    from recovery_journal.services.chart_data import ChartData

    assert isinstance(data, ChartData)

    def arr(series: tuple[float | None, ...]) -> np.ndarray:
        return np.array([np.nan if v is None else v for v in series], dtype=float)

    x = np.asarray(mdates.date2num(list(data.dates)))
    plan = data.plan
    # (rows, cols, [(panel, kind, xs, ys)]) prepared outside the timed part
    calls: list[tuple[int, str, object, object]] = []
    rows, cols = 1, 1
    if name == "dose":
        if plan is not None:
            calls += [(0, "step", x, arr(plan.target)), (0, "plot", x, arr(plan.actual))]
        others = [a for a in data.amounts if plan is None or a.key != plan.track_key]
        calls += [(0, "plot", x, arr(a.values)) for a in others]
    elif name == "frequency":
        if plan is not None:
            calls.append((0, "step", x, arr(plan.target_doses)))
        for series in (data.dose_counts, data.mean_interval_h, data.longest_interval_h):
            calls.append((0, "plot", x, arr(series)))
    elif name == "withdrawal":
        for band in data.withdrawal_bands:
            span = mdates.date2num([band.start, band.end])
            calls.append((0, "axvspan", float(span[0]), float(span[1])))
        calls.append((0, "plot", x, arr(data.sows_mean)))
    elif name == "sleep":
        rows = 3
        sleep = (data.sleep_total_h, data.sleep_efficiency_pct, data.sleep_quality)
        calls += [(panel, "plot", x, arr(series)) for panel, series in enumerate(sleep)]
    elif name == "mood":
        calls += [(0, "plot", x, arr(s)) for s in (data.mood, data.anxiety, data.pain, data.energy)]
    elif name == "cravings":
        cols = 2
        names = [trigger for trigger, _ in data.cravings_by_trigger]
        counts = np.array([count for _, count in data.cravings_by_trigger], dtype=float)
        calls.append((0, "barh", names, counts))
        calls.append((1, "bar", np.arange(24), np.array(data.cravings_by_hour, dtype=float)))
    elif name == "scores":
        rows = 2
        for panel, points in enumerate((data.phq9, data.gad7)):
            xs = np.asarray(mdates.date2num([p.date for p in points]))
            calls.append((panel, "points", xs, np.array([p.total for p in points], dtype=float)))
    else:
        raise SystemExit(f"no bare plot for the figure {name!r}; add one to benchmarks/charts.py")

    def bare() -> None:
        figure = figure_class(figsize=size, dpi=dpi)
        axes = figure.subplots(rows, cols, squeeze=False).ravel()
        for panel, kind, xs, ys in calls:
            ax = axes[panel]
            if kind == "plot":
                ax.plot(xs, ys)
            elif kind == "points":
                ax.plot(xs, ys, marker="o")
            elif kind == "step":
                ax.step(xs, ys, where="mid")
            elif kind == "axvspan":
                ax.axvspan(xs, ys)
            elif kind == "bar":
                ax.bar(xs, ys)
            else:
                ax.barh(xs, ys)
        _save(figure)

    return bare


def _save(figure: object) -> None:
    figure.savefig(io.BytesIO(), format="png")  # type: ignore[attr-defined]


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
