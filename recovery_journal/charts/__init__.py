"""matplotlib figure builders: pure functions from chart data to a Figure.

Importing this package is cheap: matplotlib loads only with :mod:`.figures`, which the
Progress page, the report and the ``chart`` command import when first needed.
"""

from __future__ import annotations

FIGURE_NAMES = ("dose", "frequency", "withdrawal", "sleep", "mood", "cravings", "scores")
"""The figures by their command-line names, in the order the Progress page lists them."""
