"""``recovery-journal-cli chart …``: one progress figure for a date range, saved as PNG or SVG.

The same figures as the Progress page, in the paper style. The file is written whole or
not at all: it is drawn into a temporary file beside the target and renamed into place.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.charts import FIGURE_NAMES
from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.timeutil import parse_date
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService
from recovery_journal.storage.files import write_whole

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = {".png": "png", ".svg": "svg"}


def add_chart_parser(chart: argparse.ArgumentParser) -> None:
    """The ``chart`` command's arguments."""
    chart.add_argument("figure", choices=FIGURE_NAMES, help="which chart")
    chart.add_argument("--from", dest="first", required=True, metavar="DATE")
    chart.add_argument("--to", dest="last", required=True, metavar="DATE")
    chart.add_argument("--out", required=True, metavar="FILE", help="FILE.png or FILE.svg")


def run_chart(service: JournalService, taper: TaperService, args: argparse.Namespace) -> str:
    """Draw the chart and save it; returns the text to print."""
    first, last = parse_date(args.first, "--from"), parse_date(args.last, "--to")
    out = Path(args.out)
    file_format = FORMATS.get(out.suffix.lower())
    if file_format is None:
        raise ValidationError("--out", "must end in .png or .svg")
    if not out.parent.is_dir():
        raise ValidationError("--out", f"there is no folder {out.parent}")
    # matplotlib loads only now, for this command (never for the others).
    from recovery_journal.charts.figures import FIGURES
    from recovery_journal.charts.style import Style
    from recovery_journal.services.chart_data import build_chart_data

    data = build_chart_data(service, taper, first, last)
    title, build = FIGURES[args.figure]
    figure = build(data, Style.paper())
    _save_whole(figure, out, file_format)
    return f"Saved the chart '{title}' for {first.isoformat()} to {last.isoformat()} to {out}."


def _save_whole(figure: Figure, out: Path, file_format: str) -> None:
    """Write ``figure`` to ``out`` so that a failure leaves no file behind."""
    try:
        write_whole(out, lambda stream: figure.savefig(stream, format=file_format))
    except OSError as error:
        raise ValidationError("--out", f"could not write {out}: {error.strerror}") from error
