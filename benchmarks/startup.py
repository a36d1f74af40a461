"""Cold start to a shown window: ``recovery-journal --demo`` against a bare QMainWindow.

Each run is a fresh process measured from spawn to exit with --quit-after-start
(the app unlocks, shows the window with its data, lets it paint, exits). The bare
script does the same with an empty QMainWindow. Prints the median of N runs and
the ratio. Usage: python benchmarks/startup.py [N]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1000, 680); w.show()
QTimer.singleShot(0, lambda: (w.repaint(), app.quit()))
sys.exit(app.exec())
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS="disabled:")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = Path(sys.executable).with_name("recovery-journal")
    with tempfile.TemporaryDirectory() as folder:
        bare_script = Path(folder) / "bare.py"
        bare_script.write_text(BARE)
        commands = {
            "bare QMainWindow": [sys.executable, str(bare_script)],
            "recovery-journal --demo": [str(app), "--demo", "--quit-after-start"],
        }
        for command in commands.values():
            _time(command, env)  # warm the file cache
        medians = {}
        for name, command in commands.items():
            samples = [_time(command, env) for _ in range(runs)]
            medians[name] = statistics.median(samples)
            print(
                f"{name:26s} median {medians[name]:.3f} s  (runs: "
                + ", ".join(f"{s:.3f}" for s in samples)
                + ")"
            )
    ratio = medians["recovery-journal --demo"] / medians["bare QMainWindow"]
    print(f"ratio demo / bare: {ratio:.2f}x  (platform {env['QT_QPA_PLATFORM']})")


if __name__ == "__main__":
    main()
