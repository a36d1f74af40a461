"""Every issue-9 benchmark, one table: medians next to their floors, as ratios.

Usage (from the repository root, on an otherwise idle machine)::

    .venv/bin/python benchmarks/run.py            # all six; about 5 minutes
    .venv/bin/python benchmarks/run.py --only 1,6 --pairs 5

It re-runs itself inside a private D-Bus session with an unlocked gnome-keyring (HOME and
XDG folders in a temporary folder), copies the cached synthetic journals (see
``journal_gen.py``) there and stores their keys in that keyring, so the app and the CLI
read their key through the ``keyring`` package's real Secret Service backend.

1. start: ``recovery-journal --quit-after-start`` on the 5-year journal (unlock with the
   keyring key, Today page filled and painted, exit) vs a script that shows a bare
   PySide6 window; spawn to exit, alternating pairs.
2. charts: each Progress chart for the 5-year range vs a bare matplotlib plot of the
   same arrays (``charts.py``).
3. PDF: the 90-day appointment summary from the CLI vs a script that only imports
   matplotlib (``matplotlib.pyplot``) and QtGui.
4. stats: ``recovery-journal-cli stats`` for the last 30 days on the 20-year journal vs
   the same on the 90-day journal (whole command, and the service call alone).
5. memory: peak RSS with the Progress page shown (5-year journal) vs a bare window with a
   matplotlib canvas showing a plot.
6. logging a dose through the GUI on the 5-year journal: from the key press that saves
   the dose dialog to the Today page updated and painted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import session  # noqa: E402
from journal_gen import GeneratedJournal, cached_journal, default_cache_dir  # noqa: E402

BIN = Path(sys.executable).parent


@dataclass
class Row:
    item: str
    what: str
    value: float  # seconds or MB
    floor: float
    floor_what: str
    target: float  # the ratio to stay under
    unit: str = "s"  # "s", "ms" or "MB"

    @property
    def ratio(self) -> float:
        return self.value / self.floor

    def cells(self) -> list[str]:
        ok = "ok" if self.ratio <= self.target else "OVER"
        return [
            self.item,
            self.what,
            _show(self.value, self.unit),
            self.floor_what,
            _show(self.floor, self.unit),
            f"{self.ratio:.2f}x",
            f"<= {self.target:g}x",
            ok,
        ]


def _show(value: float, unit: str) -> str:
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    if not session.inside():
        forwarded = list(argv if argv is not None else sys.argv[1:])
        if args.cache_dir is None:  # the real cache, not the throwaway HOME's
            forwarded += ["--cache-dir", str(default_cache_dir())]
        return session.run_inside(Path(__file__), forwarded)
    _compile_bytecode()
    items = {int(part) for part in args.only.split(",")} if args.only else set(range(1, 7))
    work = Path(tempfile.mkdtemp(prefix="rj-bench-work-"))
    try:
        rows = _measure(items, args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _table(rows)
    return 0 if all(row.ratio <= row.target for row in rows) else 1


def _compile_bytecode() -> None:
    """Bytecode for the app, as an installed (or once-started) app has it."""
    import compileall

    import recovery_journal

    compileall.compile_dir(Path(recovery_journal.__file__).parent, quiet=2)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated item numbers, e.g. 1,6")
    parser.add_argument("--pairs", type=int, default=9, help="start-up pairs (default 9)")
    parser.add_argument("--runs", type=int, default=5, help="runs of the other items (5)")
    parser.add_argument("--doses", type=int, default=15, help="doses logged in item 6 (15)")
    parser.add_argument("--cache-dir", type=Path)
    return parser.parse_args(argv)


def _measure(items: set[int], args: argparse.Namespace, work: Path) -> list[Row]:
    journals: dict[str, Path] = {}

    def journal(name: str) -> Path:
        if name not in journals:
            journals[name] = _install(cached_journal(name, args.cache_dir, quiet=True), work)
        return journals[name]

    rows: list[Row] = []
    steps: dict[int, Callable[[], list[Row]]] = {
        1: lambda: _startup(journal("5y"), work, args.pairs),
        2: lambda: _charts(args),
        3: lambda: _pdf(journal("90d"), work, args.runs),
        4: lambda: _stats(journal("20y"), journal("90d"), args.runs),
        5: lambda: _memory(journal("5y"), work, args.runs),
        6: lambda: _dose_log(journal("5y"), work, args.doses),
    }
    for item in sorted(items):
        print(f"== {item}: {_TITLES[item]}", flush=True)
        found = steps[item]()
        rows += found
        for row in found:
            print("   " + "  ".join(row.cells()), flush=True)
    return rows


_TITLES = {
    1: "start-up to the filled Today page (5 years)",
    2: "each chart (5 years)",
    3: "90-day PDF summary from the CLI",
    4: "stats for 30 days, 20 years vs 90 days",
    5: "peak memory with the Progress page shown",
    6: "logging a dose through the GUI",
}


def _install(generated: GeneratedJournal, work: Path) -> Path:
    """A copy of a generated journal whose key is in this session's Secret Service."""
    from recovery_journal.storage.keys import SystemKeyring

    target = work / generated.folder.name / "journal"
    shutil.copytree(generated.location.data_dir, target)
    account = json.loads((target / "journal.json").read_text(encoding="utf-8"))["keyring_account"]
    raw_key = generated.key.raw_key
    assert raw_key is not None
    keyring = SystemKeyring()
    if not keyring.is_real or "SecretService" not in keyring.backend_name:
        raise SystemExit(f"expected the Secret Service, found {keyring.describe()}")
    keyring.store_key(account, raw_key)
    return target


# -- timing helpers ----------------------------------------------------------------------
def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))


def _timed(command: list[str], marker: str | None = None) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and standard output of one process.

    The seconds run from spawn to exit, or to the first output line containing
    ``marker`` where one is given (the process still has to exit cleanly).
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stderr is not None
    seen = None
    lines = []
    for line in process.stdout:
        if seen is None and marker is not None and marker in line:
            seen = time.perf_counter() - started
        lines.append(line)
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    out = "".join(lines)
    if process.returncode != 0 or (marker is not None and seen is None):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out}\n{err}")
    return (seen if seen is not None else elapsed), usage.ru_maxrss / 1024, out


def _pairs(
    ours: list[str],
    floor: list[str],
    count: int,
    warm: int = 1,
    markers: tuple[str | None, str | None] = (None, None),
) -> tuple[list[float], list[float]]:
    """Alternating runs of two commands (after ``warm`` unmeasured runs of each)."""
    for _ in range(warm):
        _timed(ours, markers[0]), _timed(floor, markers[1])
    mine, base = [], []
    for index in range(count):  # alternate which goes first, too
        if index % 2 == 0:
            mine.append(_timed(ours, markers[0])[0])
            base.append(_timed(floor, markers[1])[0])
        else:
            base.append(_timed(floor, markers[1])[0])
            mine.append(_timed(ours, markers[0])[0])
    return mine, base


def _script(work: Path, name: str, text: str) -> list[str]:
    path = work / name
    path.write_text(text, encoding="utf-8")
    return [sys.executable, str(path)]


# -- 1. start-up --------------------------------------------------------------------------
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1000, 680); w.show()
def shown():
    w.repaint()
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def _startup(journal: Path, work: Path, pairs: int) -> list[Row]:
    app = [str(BIN / "recovery-journal"), "--data-dir", str(journal), "--quit-after-start"]
    bare = _script(work, "bare_window.py", BARE_WINDOW)
    mine, base = _pairs(app, bare, pairs, markers=("Today page is shown", "shown"))
    print(f"   app runs:  {_list(mine)}\n   bare runs: {_list(base)}")
    whole_mine, whole_base = _pairs(app, bare, max(3, pairs // 3), warm=0)
    return [
        Row(
            "1",
            "start to Today painted (5 y, keyring)",
            statistics.median(mine),
            statistics.median(base),
            "bare window painted",
            2.0,
        ),
        Row(
            "1",
            "  the same, spawn to exit",
            statistics.median(whole_mine),
            statistics.median(whole_base),
            "bare, to exit",
            2.0,
        ),
    ]


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.3f}" for v in values)


# -- 2. charts ----------------------------------------------------------------------------
def _charts(args: argparse.Namespace) -> list[Row]:
    """``charts.py`` prints its own table; its worst ratio goes into this one."""
    command = [sys.executable, str(HERE / "charts.py"), "--runs", str(max(5, args.runs))]
    if args.cache_dir is not None:
        command += ["--cache-dir", str(args.cache_dir)]
    _, _, out = _timed(command)
    print("   " + out.rstrip().replace("\n", "\n   "))
    worst = next(line for line in out.splitlines() if line.startswith("worst ratio"))
    ratio = float(worst.split()[2].rstrip("x"))
    return [Row("2", "worst chart / bare plot (5 y)", ratio, 1.0, "bare plot = 1", 1.3, "x")]


# -- 3. PDF summary -----------------------------------------------------------------------
FLOOR_PDF = """
import matplotlib.pyplot
from PySide6 import QtGui
"""


def _pdf(journal: Path, work: Path, runs: int) -> list[Row]:
    last = date.today()
    out = work / "summary.pdf"
    cli = [str(BIN / "recovery-journal-cli"), "--data-dir", str(journal), "report"]
    cli += ["--from", str(last - timedelta(days=89)), "--to", str(last), "--out", str(out)]
    floor = _script(work, "floor_pdf.py", FLOOR_PDF)
    mine, base = _pairs(cli, floor, runs)
    if not out.read_bytes().startswith(b"%PDF"):
        raise SystemExit("the summary is not a PDF")
    print(f"   cli runs:   {_list(mine)}\n   floor runs: {_list(base)}")
    return [
        Row(
            "3",
            "90-day PDF summary (CLI)",
            statistics.median(mine),
            statistics.median(base),
            "import matplotlib+QtGui",
            1.6,
        )
    ]


# -- 4. stats -----------------------------------------------------------------------------
def _stats(big: Path, small: Path, runs: int) -> list[Row]:
    last = date.today()
    span = ["stats", "--from", str(last - timedelta(days=29)), "--to", str(last), "--json"]
    cli = str(BIN / "recovery-journal-cli")
    mine, base = _pairs(
        [cli, "--data-dir", str(big), *span], [cli, "--data-dir", str(small), *span], runs
    )
    print(f"   20 y runs: {_list(mine)}\n   90 d runs: {_list(base)}")
    inner_big, inner_small = _service_stats(big, small, last, runs)
    return [
        Row(
            "4",
            "stats 30 days (CLI), 20 y",
            statistics.median(mine),
            statistics.median(base),
            "same on 90 d",
            1.2,
        ),
        Row(
            "4", "stats 30 days (service), 20 y", inner_big, inner_small, "same on 90 d", 1.2, "ms"
        ),
    ]


def _service_stats(big: Path, small: Path, last: date, runs: int) -> tuple[float, float]:
    """Medians of the stats command's own work on each journal, in this process, both
    open; the two alternate, sample by sample, so the machine's drift (±15 % from one
    minute to the next) falls on both alike."""
    from recovery_journal.services.access import JournalAccess, default_keyring
    from recovery_journal.services.journal_service import JournalService
    from recovery_journal.services.stats_service import stats_document
    from recovery_journal.storage.location import JournalLocation

    first = last - timedelta(days=29)
    opened = [
        JournalAccess(JournalLocation(journal), default_keyring).open_with_keyring()
        for journal in (big, small)
    ]
    try:
        services = [JournalService(journal) for journal in opened]
        for service in services:
            stats_document(service, first, last)  # warm
        samples: list[list[float]] = [[], []]
        for _ in range(max(runs, 41)):  # ~2 ms each
            for which, service in enumerate(services):
                started = time.perf_counter()
                stats_document(service, first, last)
                samples[which].append(time.perf_counter() - started)
        return statistics.median(samples[0]), statistics.median(samples[1])
    finally:
        for journal in opened:
            journal.close()


# -- 5. memory ----------------------------------------------------------------------------
PROGRESS_PAGE = """
import resource, sys
from pathlib import Path
from recovery_journal.app import _access, _clock, _import_before_qt, _location, _opener
from recovery_journal.sources import keep_no_source_text

with keep_no_source_text():  # the start-up of recovery_journal.app.main, then Progress
    _import_before_qt()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from recovery_journal.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(_opener(_access(_location(Path(sys.argv[1])))), _clock())
    assert window.start(), "unlocked with the keyring key"
    window.resize(1000, 680)
    window.show()
    window.view.show_page("Progress")
    def done():
        window.repaint()
        page = window.view.progress
        assert page.canvas is not None and page.canvas.figure.axes, "a chart is shown"
        app.quit()
    QTimer.singleShot(300, done)
    app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

BARE_CANVAS = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1000, 680)
figure = Figure(figsize=(8, 4.2), dpi=100)
figure.add_subplot().plot(range(1826), [i % 7 for i in range(1826)])
window.setCentralWidget(FigureCanvasQTAgg(figure)); window.show()
QTimer.singleShot(300, lambda: (window.repaint(), app.quit()))
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _memory(journal: Path, work: Path, runs: int) -> list[Row]:
    ours = _script(work, "progress_rss.py", PROGRESS_PAGE) + [str(journal)]
    floor = _script(work, "bare_canvas_rss.py", BARE_CANVAS)
    mine = [_timed(ours)[1] for _ in range(runs)]
    base = [_timed(floor)[1] for _ in range(runs)]
    print(f"   app MB:  {_list(mine)}\n   bare MB: {_list(base)}")
    return [
        Row(
            "5",
            "peak RSS, Progress page (5 y)",
            statistics.median(mine),
            statistics.median(base),
            "bare window+canvas",
            1.2,
            "MB",
        )
    ]


# -- 6. logging a dose --------------------------------------------------------------------
DOSE_LOG = """
import statistics, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from recovery_journal.app import _access, _opener, _location, _clock
from recovery_journal.ui.dose_dialogs import DoseDialog
from recovery_journal.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
window = MainWindow(_opener(_access(_location(Path(sys.argv[1])))), _clock())
assert window.start(), "unlocked with the keyring key"
window.resize(1000, 680)
window.show()
window.activateWindow()
QTest.qWaitForWindowExposed(window)
today = window.view.today
today.setFocus()

def wait_for(condition, limit=5.0):
    end = time.perf_counter() + limit
    while not condition():
        app.processEvents()
        if time.perf_counter() > end:
            raise SystemExit("timed out")

samples = []
for index in range(int(sys.argv[2])):
    before = today.day_label.text()
    today.buttons["dose"].click()  # as the D key does
    dialog = today.dialog
    assert isinstance(dialog, DoseDialog)
    QTest.qWaitForWindowExposed(dialog)
    amount = dialog.focusWidget()
    QTest.keyClicks(amount, "0.5")
    started = time.perf_counter()
    QTest.keyClick(amount, Qt.Key.Key_Return)
    wait_for(lambda: today.day_label.text() != before)
    app.processEvents()  # the repaint the change asked for
    samples.append(time.perf_counter() - started)
print(statistics.median(samples), " ".join(f"{s * 1000:.1f}" for s in samples))
"""


def _dose_log(journal: Path, work: Path, doses: int) -> list[Row]:
    script = _script(work, "dose_log.py", DOSE_LOG) + [str(journal), str(doses)]
    _, _, out = _timed(script)
    median, samples = out.strip().split(" ", 1)
    print(f"   ms per dose: {samples}")
    return [
        Row("6", "log a dose in the GUI (5 y)", float(median), 0.050, "target 50 ms", 1.0, "ms")
    ]


# -- the table ----------------------------------------------------------------------------
def _table(rows: list[Row]) -> None:
    header = ["#", "measurement", "median", "floor", "floor value", "ratio", "target", ""]
    cells = [header] + [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    print()
    for index, line in enumerate(cells):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
    over = [row for row in rows if row.ratio > row.target]
    print(f"\n{len(rows) - len(over)} of {len(rows)} within target")


if __name__ == "__main__":
    sys.exit(main())
