"""A global exception hook: a friendly message, and a log with no journal text.

The log records the exception type and where it happened (file, line,
function) but never the exception's message or any values, because those can
contain what the user typed.
"""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 200_000


def scrubbed_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The type of the error and its stack, without messages or values."""
    frames = traceback.extract_tb(tb)
    lines = [f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ} {kind.__module__}.{kind.__qualname__}"]
    lines += [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines) + "\n"


def install_exception_hook(log_dir: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        report = scrubbed_report(kind, tb)
        log_path = log_dir / LOG_NAME
        try:
            log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            if log_path.exists() and log_path.stat().st_size > MAX_LOG_BYTES:
                log_path.unlink()
            with log_path.open("a", encoding="utf-8") as stream:
                stream.write(report)
        except OSError:
            pass
        sys.__stderr__.write(report) if sys.__stderr__ else None
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox  # when needed: its type costs start-up

            QMessageBox.warning(
                None,
                QApplication.translate("errors", "Something went wrong"),
                QApplication.translate(
                    "errors",
                    "Something unexpected went wrong. Your saved entries are safe. "
                    "A short technical note (with none of your entries in it) was written to "
                    "{path}.",
                ).format(path=log_path),
            )

    sys.excepthook = hook
