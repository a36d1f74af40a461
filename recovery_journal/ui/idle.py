"""Notice when nobody has used the app for a while, so the journal can lock itself.

Only a person's input counts: key presses, mouse clicks, movement and the wheel, touch
and pen — in any of the app's windows. Timers, painting and data refreshes do not, so an
open Today page that redraws itself every minute still locks.
"""

from __future__ import annotations

import math
import time
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QSinglePointEvent

from recovery_journal.ui.busy import is_busy

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,  # a key that triggers a shortcut sends no KeyPress
        QEvent.Type.InputMethod,  # typing composed by an input method
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
MOVES = frozenset({QEvent.Type.MouseMove, QEvent.Type.TabletMove})
CHECK_AT_MOST_MS = 15_000  # after a suspend, lock within this long even with no input


def _clock() -> float:
    """Seconds on a clock that keeps counting while the computer is suspended.

    Qt's timers and ``time.monotonic`` stop during a suspend on Linux, so a laptop
    opened after an hour with the lid shut would otherwise still show the journal.
    """
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.time()


class IdleWatcher(QObject):
    """Emits ``idle`` once no input has reached any window for the armed interval.

    Per event the filter only notes the time: the single-shot timer is not restarted
    for every mouse move. When it fires early because of input since it was started,
    it re-arms for the time still left, so ``idle`` comes exactly one interval after
    the last input. While disarmed no event filter is installed, so it costs nothing.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval_ms = 0
        self._last_input = 0.0
        self._last_pointer: QPointF | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def interval_ms(self) -> int:
        """The armed interval in milliseconds (0 when disarmed)."""
        return self._interval_ms

    def is_armed(self) -> bool:
        return self._timer.isActive()

    def arm(self, interval_ms: int | None) -> None:
        """Count idle time from now; ``idle`` after ``interval_ms`` without input. 0/None: never."""
        self.stop()
        if not interval_ms:
            return
        self._interval_ms = interval_ms
        self._last_input = _clock()
        self._last_pointer = None
        app = QCoreApplication.instance()
        assert app is not None, "the idle watcher needs the running application"
        app.installEventFilter(self)
        self._timer.start(min(interval_ms, CHECK_AT_MOST_MS))

    def stop(self) -> None:
        """Stop counting; ``idle`` is not emitted until the next :meth:`arm`."""
        self._timer.stop()
        self._interval_ms = 0
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY and not (kind in MOVES and self._pointer_stayed(event)):
            if self._left_ms() < 1:  # the first input after a suspend: lock, do not act on it
                self._fire()
                return True
            self._last_input = _clock()
        return False

    def _pointer_stayed(self, event: QEvent) -> bool:
        # Qt sends itself a move when a widget appears under a still pointer: not a person.
        position = cast(QSinglePointEvent, event).globalPosition()
        stayed = position == self._last_pointer
        self._last_pointer = position
        return stayed

    def _left_ms(self) -> float:
        return self._interval_ms - (_clock() - self._last_input) * 1000

    def _check(self) -> None:
        left_ms = self._left_ms()
        if left_ms >= 1:
            self._timer.start(min(math.ceil(left_ms), CHECK_AT_MOST_MS))
            return
        self._fire()

    def _fire(self) -> None:
        if is_busy():
            self._timer.start(1000)  # a backup or import is using the journal: lock after it
            return
        self.stop()
        self.idle.emit()
