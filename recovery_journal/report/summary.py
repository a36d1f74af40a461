"""The appointment summary as plain frozen data: what the clinician reads, in order.

:func:`build_summary` gathers it from the services for a date range; the renderer
(:mod:`recovery_journal.report.render`) only lays it out. Nothing here imports Qt;
matplotlib loads only while the two charts are drawn (as SVG: the renderer paints them
as vectors, never as a raster image that the printer would re-encode as JPEG; their
words stay text, in matplotlib's own font, which the renderer gives Qt).
"""

from __future__ import annotations

import io
from dataclasses import field
from datetime import date, datetime, timedelta

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.record import record
from recovery_journal.domain.timeutil import day_start
from recovery_journal.report import sections
from recovery_journal.report.key_facts import KeyFacts, key_facts
from recovery_journal.report.sections import (
    Cravings,
    FlaggedEntry,
    Medication,
    MoodTrend,
    PlanPeriod,
    ScoreResult,
    SleepAverages,
    SubstanceDay,
    SubstanceWeek,
    Withdrawal,
)
from recovery_journal.services.journal_service import JournalService
from recovery_journal.services.taper_service import TaperService

WEEKLY_AFTER_DAYS = 90  # longer periods list other-substance days by week
CHART_NAMES = ("dose", "frequency")  # dose vs plan, doses per day
MAX_QUESTIONS_CHARS = 4000
SECTIONS = (
    "charts",
    "withdrawal",
    "sleep",
    "mood",
    "scores",
    "cravings",
    "substances",
    "medications",
    "flagged",
    "questions",
    "plan_versions",
)
"""Sections after the key facts that a user may leave out (``Summary.sections``)."""

__all__ = [
    "SECTIONS",
    "Chart",
    "Cravings",
    "FlaggedEntry",
    "KeyFacts",
    "Medication",
    "MoodTrend",
    "PlanPeriod",
    "ScoreResult",
    "SleepAverages",
    "SubstanceDay",
    "SubstanceWeek",
    "Summary",
    "Withdrawal",
    "build_summary",
]


@record
class Chart:
    """A drawn figure: an SVG document, its size in inches (for laying it out) and the
    font file its text is set in (the SVG names the font's family)."""

    name: str
    title: str
    svg: bytes
    width_in: float
    height_in: float
    font_file: str = ""


@record
class Summary:
    """Everything on the appointment summary for the local dates ``first``..``last``."""

    first: date
    last: date
    generated: datetime
    entry_count: int
    key_facts: KeyFacts
    charts: tuple[Chart, ...] = ()
    withdrawal: Withdrawal | None = None
    sleep: SleepAverages | None = None
    mood: MoodTrend | None = None
    scores: tuple[ScoreResult, ...] = ()
    cravings: Cravings | None = None
    substance_days: tuple[SubstanceDay, ...] = ()
    substance_weeks: tuple[SubstanceWeek, ...] = ()  # instead of days, for long periods
    medications: tuple[Medication, ...] = ()
    flagged: tuple[FlaggedEntry, ...] = ()
    private_notes: tuple[FlaggedEntry, ...] = ()  # only with include_private
    include_private: bool = False
    questions: str = ""
    name: str = ""
    plan_periods: tuple[PlanPeriod, ...] = ()
    sections: tuple[str, ...] = field(default=SECTIONS)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_empty(self) -> bool:
        """Nothing was logged in the period (the report then says so, briefly)."""
        return self.entry_count == 0

    @property
    def by_week(self) -> bool:
        return self.days > WEEKLY_AFTER_DAYS

    @property
    def self_harm_flags(self) -> tuple[ScoreResult, ...]:
        """PHQ-9 answers with item 9 above 0."""
        return tuple(score for score in self.scores if score.item9 is not None and score.item9 > 0)

    def shows(self, section: str) -> bool:
        return section in self.sections


def build_summary(
    service: JournalService,
    taper: TaperService,
    first: date,
    last: date,
    *,
    now: datetime,
    include_private: bool = False,
    questions: str = "",
    name: str = "",
    charts: bool = True,
) -> Summary:
    """The summary of the local dates first..last as seen at ``now`` (an aware time).

    ``charts=False`` leaves the figures out (faster, e.g. while a range is being picked).
    """
    if last < first:
        raise ValidationError("--to", "must be on or after --from")
    if len(questions) > MAX_QUESTIONS_CHARS:
        raise ValidationError(
            "questions", f"please keep them under {MAX_QUESTIONS_CHARS} characters"
        )
    zone = service.zone
    start, end = day_start(first, zone), day_start(last + timedelta(days=1), zone)
    entries = sorted(service.timeline(start, end), key=lambda e: e.at.timestamp())
    days = service.day_stats(first, last)
    weekly = (last - first).days + 1 > WEEKLY_AFTER_DAYS
    triggers = {i: t.name for i, t in service.trigger_map().items()}
    products = service.product_map()
    private = sections.private_notes(entries, products, triggers) if include_private else ()
    return Summary(
        first=first,
        last=last,
        generated=now,
        entry_count=len(entries),
        key_facts=key_facts(service, taper, now),
        charts=_charts(service, taper, first, last) if charts and entries else (),
        withdrawal=sections.withdrawal(entries),
        sleep=sections.sleep_averages(service, first, last),
        mood=sections.mood_trend(entries, first, last, zone),
        scores=sections.scores(entries, zone),
        cravings=sections.cravings(entries, triggers),
        substance_days=() if weekly else sections.substance_days(entries, days, zone),
        substance_weeks=sections.substance_weeks(entries, days, zone) if weekly else (),
        medications=sections.medications(entries, zone),
        flagged=sections.flagged(entries, products, triggers),
        private_notes=private,
        include_private=include_private,
        questions=questions.strip(),
        name=name.strip(),
        plan_periods=sections.plan_periods(taper, first, last),
    )


def _charts(
    service: JournalService, taper: TaperService, first: date, last: date
) -> tuple[Chart, ...]:
    """The dose-vs-plan and doses-per-day figures in the paper style, as SVG.

    Their words are SVG text in matplotlib's font (not each glyph's outline): the same
    letters in the same places, a tenth of the PDF's size, and text a reader can select.
    """
    # matplotlib loads only now (never for the CLI's other commands).
    import matplotlib
    from matplotlib import font_manager

    from recovery_journal.charts.figures import FIGURES
    from recovery_journal.charts.style import Style
    from recovery_journal.services.chart_data import build_chart_data

    data = build_chart_data(service, taper, first, last)
    style = Style.paper()
    font_file = str(font_manager.findfont(font_manager.FontProperties()))
    found = []
    for chart_name in CHART_NAMES:
        title, build = FIGURES[chart_name]
        figure = build(data, style)
        width, height = figure.get_size_inches()
        buffer = io.BytesIO()
        with matplotlib.rc_context({"svg.fonttype": "none"}):
            # No date in the file: the same summary draws the same chart.
            figure.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None})
        chart = Chart(chart_name, title, buffer.getvalue(), float(width), float(height), font_file)
        found.append(chart)
    return tuple(found)
