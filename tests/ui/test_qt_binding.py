"""The Qt binding must not lose references to None (PySide6 6.12.0 did, on Python 3.11).

Each lost reference brings the interpreter closer to "Fatal Python error: none_dealloc",
which a person would see as the app vanishing after a few thousand clicks and repaints.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

CALLS = 2_000


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    locale = QLocale()
    before = sys.getrefcount(None)
    for n in range(CALLS):
        label.update()
        label.setText(str(n))
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"{lost} references to None lost in {3 * CALLS} Qt calls"
