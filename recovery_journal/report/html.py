"""The summary as the HTML subset QTextDocument lays out (no Qt imported here).

Lengths are in points: the renderer lays the document out at 72 dots per inch. Charts
are referenced as ``chart-NAME`` resources that the renderer adds to the document.
Every piece of the user's own text is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from html import escape

from recovery_journal.domain.models import SLEEP_QUALITY
from recovery_journal.domain.scales import PHQ9
from recovery_journal.domain.units import format_amount
from recovery_journal.report.key_facts import KeyFacts
from recovery_journal.report.sections import FlaggedEntry
from recovery_journal.report.summary import Summary

MAX_CHART_HEIGHT_PT = 230.0
ITEM9 = "Thoughts that you would be better off dead, or of hurting yourself in some way"
_BOX = 'width="100%" cellspacing="0" cellpadding="5" border="0" bgcolor="#EDEDED"'
_TABLE = 'width="100%" cellspacing="0" cellpadding="2" border="0"'


def chart_url(name: str) -> str:
    return f"chart-{name}"


def period_text(summary: Summary) -> str:
    return f"{summary.first.isoformat()} to {summary.last.isoformat()}"


def summary_html(summary: Summary, body_width_pt: float) -> str:
    """The whole document body, in the order the clinician reads it."""
    parts = [_title(summary), _key_facts(summary)]
    parts += _self_harm_notice(summary)
    if summary.is_empty:
        parts.append("<p><b>No entries in this period.</b></p>")
    else:
        parts += _sections(summary, body_width_pt)
    if summary.questions and summary.shows("questions"):
        parts.append(_heading("The patient's questions for this appointment"))
        parts.append(_paragraphs(summary.questions))
    return "\n".join(parts)


def _title(summary: Summary) -> str:
    name = f"<br/>Name: {escape(summary.name)}" if summary.name else ""
    return (
        '<p style="font-size:15pt; font-weight:bold; margin-bottom:2pt">'
        "Appointment summary: kratom taper</p>"
        f'<p style="margin-top:0">Period: {period_text(summary)} ({summary.days} days). '
        f"Self-reported in Recovery Journal.{name}</p>"
    )


def _key_facts(summary: Summary) -> str:
    facts = summary.key_facts
    rows = [
        ("Hours since last dose", _last_dose(facts)),
        ("Current daily amount", _daily_amount(facts)),
        ("Current doses per day", _doses_per_day(facts)),
    ]
    rows += _plan_rows(facts)
    body = "".join(
        f'<tr><td width="34%"><b>{label}</b></td><td>{value}</td></tr>' for label, value in rows
    )
    note = (
        f"Current figures: mean over days with doses among the 7 complete days "
        f"{_d(facts.recent_first)} to {_d(facts.recent_last)}, as of {_t(facts.now)}."
    )
    return (
        f'<table {_BOX}>{body}<tr><td colspan="2">'
        f'<span style="font-size:8.5pt">{note}</span></td></tr></table>'
    )


def _last_dose(facts: KeyFacts) -> str:
    if facts.hours_since_last_dose is None or facts.last_dose_at is None:
        return "no dose logged"
    return f"{facts.hours_since_last_dose:.1f} h (last dose {_t(facts.last_dose_at)})"


def _daily_amount(facts: KeyFacts) -> str:
    if not facts.daily_amounts:
        return "no doses logged in the last 7 complete days"
    amounts = [
        format_amount(a.mean, a.unit) + (" high-potency" if a.high_potency else "")
        for a in facts.daily_amounts
    ]
    return f"{'; '.join(amounts)} a day ({_days_with_data(facts)})"


def _doses_per_day(facts: KeyFacts) -> str:
    if facts.doses_per_day is None:
        return "no doses logged in the last 7 complete days"
    return f"{facts.doses_per_day:.1f} ({_days_with_data(facts)})"


def _days_with_data(facts: KeyFacts) -> str:
    return f"{facts.days_with_doses} of 7 days with doses logged"


def _plan_rows(facts: KeyFacts) -> list[tuple[str, str]]:
    step = facts.step
    if step is None:
        return [("Taper step", "no taper plan step in force")]
    target = format_amount(step.daily_target, step.unit)
    rows = [
        (
            "Taper step",
            f"step {step.number} of {step.steps} ({_d(step.start)} to {_d(step.end)}): "
            f"target {target} a day in {step.doses_per_day} doses",
        )
    ]
    if facts.plan_daily_amount is not None:
        rows.append(("Counted toward plan", format_amount(facts.plan_daily_amount, step.unit)))
    if facts.plan_adherence is None:
        rows.append(("Plan adherence", "no complete plan days yet"))
    else:
        rows.append(
            (
                "Plan adherence",
                f"{facts.plan_adherence * 100:.0f} % ({facts.days_on_target} of "
                f"{facts.days_counted} plan days on target)",
            )
        )
    return rows


def _self_harm_notice(summary: Summary) -> list[str]:
    flags = summary.self_harm_flags
    if not flags:
        return []
    answers = "; ".join(
        f"{_d(score.at.date())}: \u201c{PHQ9.answer_labels[score.item9 or 0]}\u201d"
        for score in flags
    )
    return [
        f'<table {_TABLE} border="1"><tr><td><b>PHQ-9 item 9 answered above 0</b> '
        f"(\u201c{ITEM9}\u201d): {answers}. The app showed crisis resources; "
        "it is not monitored by anyone.</td></tr></table>"
    ]


def _sections(summary: Summary, body_width_pt: float) -> list[str]:
    parts: list[str] = []
    missing: list[str] = []
    for section, render in _SECTION_RENDERERS:
        if not summary.shows(section):
            continue
        html, absent = render(summary, body_width_pt)
        parts += html
        missing += absent
    if summary.include_private and summary.private_notes:
        parts.append(_heading("Private notes (included by the patient)"))
        parts.append(_entry_table(summary.private_notes))
    if missing:
        parts.append(f"<p>Not logged in this period: {', '.join(missing)}.</p>")
    return parts


Rendered = tuple[list[str], list[str]]  # (html parts, names of sections with nothing logged)


def _charts(summary: Summary, width: float) -> Rendered:
    parts = []
    for chart in summary.charts:
        w = width
        h = w * chart.height_in / chart.width_in
        if h > MAX_CHART_HEIGHT_PT:
            w, h = w * MAX_CHART_HEIGHT_PT / h, MAX_CHART_HEIGHT_PT
        parts.append(
            f'<p align="center"><img src="{chart_url(chart.name)}" '
            f'width="{w:.1f}" height="{h:.1f}"/></p>'
        )
    return parts, []


def _withdrawal(summary: Summary, _: float) -> Rendered:
    w = summary.withdrawal
    if w is None:
        return [], ["withdrawal ratings (SOWS)"]
    text = (
        f"{w.count} rating{'s' if w.count != 1 else ''} ({_d(w.first_at.date())} to "
        f"{_d(w.last_at.date())}): min {w.minimum}, mean {w.mean:.1f}, max {w.maximum} "
        "(of 64)."
    )
    return [_heading("Withdrawal (SOWS, 0\u201364)"), f"<p>{text}</p>"], []


def _sleep(summary: Summary, _: float) -> Rendered:
    s = summary.sleep
    if s is None:
        return [], ["sleep diary"]
    hours, minutes = divmod(round(s.total_sleep_min), 60)
    quality = SLEEP_QUALITY[max(0, min(4, round(s.quality) - 1))]
    text = (
        f"{s.nights} night{'s' if s.nights != 1 else ''}: total sleep {hours} h {minutes:02d} min, "
        f"efficiency {s.efficiency_pct:.0f} %, quality {s.quality:.1f} of 5 (about {quality})."
    )
    return [_heading("Sleep (averages)"), f"<p>{text}</p>"], []


def _mood(summary: Summary, _: float) -> Rendered:
    trend = summary.mood
    if trend is None:
        return [], ["mood check-ins"]
    rows = [["Dates", "Check-ins", "Mood", "Anxiety", "Pain"]]
    for half in trend.halves:
        rows.append(
            [
                f"{_d(half.first)} to {_d(half.last)}",
                str(half.checkins),
                *(_avg(v) for v in (half.mood, half.anxiety, half.pain)),
            ]
        )
    heading = _heading("Mood, anxiety and pain (0\u201310, averages; first and second half)")
    return [heading, _table(rows)], []


def _scores(summary: Summary, _: float) -> Rendered:
    if not summary.scores:
        return [], ["PHQ-9 or GAD-7"]
    rows = [["Date", "Questionnaire", "Score", "Band"]]
    for s in summary.scores:
        band = s.band + (f"; item 9 answered {s.item9}" if s.item9 else "")
        rows.append([_d(s.at.date()), s.title, f"{s.total} of {s.max_total}", band])
    return [_heading("PHQ-9 and GAD-7"), _table(rows)], []


def _cravings(summary: Summary, _: float) -> Rendered:
    c = summary.cravings
    if c is None:
        return [], ["cravings"]
    triggers = ", ".join(f"{escape(name)} ({count})" for name, count in c.top_triggers)
    text = f"{c.count} craving{'s' if c.count != 1 else ''}, mean intensity {c.mean_intensity:.1f}"
    text += f" of 10; {c.used} ended in use."
    text += f" Top triggers: {triggers}." if triggers else " No triggers noted."
    return [_heading("Cravings"), f"<p>{text}</p>"], []


def _substances(summary: Summary, _: float) -> Rendered:
    heading = _heading("Days with other substances")
    if summary.substance_weeks:
        rows = [["Week of", "Days", "With kratom", "Substances"]]
        rows += [
            [_d(w.start), str(w.days), str(w.days_with_kratom), ", ".join(w.kinds)]
            for w in summary.substance_weeks
        ]
        return [heading, _table(rows)], []
    if not summary.substance_days:
        return [], ["other substances"]
    rows = [["Date", "Substances", "Kratom also logged"]]
    rows += [
        [_d(d.date), ", ".join(d.substances), "yes" if d.kratom_logged else "no"]
        for d in summary.substance_days
    ]
    return [heading, _table(rows)], []


def _medications(summary: Summary, _: float) -> Rendered:
    if not summary.medications:
        return [], ["medications"]
    rows = [["Medication", "Dose", "Times", "Dates"]]
    for m in summary.medications:
        dates = (
            f"{_d(m.dates[0])} to {_d(m.dates[-1])} ({len(m.dates)} days)"
            if summary.by_week or len(m.dates) > 10
            else ", ".join(_d(day) for day in m.dates)
        )
        rows.append([m.name, m.dose or "\u2013", str(m.count), dates])
    return [_heading("Medications taken"), _table(rows)], []


def _flagged(summary: Summary, _: float) -> Rendered:
    if not summary.flagged:
        return [], ["entries flagged for the clinician"]
    return [_heading("Entries flagged for the clinician"), _entry_table(summary.flagged)], []


def _plan_versions(summary: Summary, _: float) -> Rendered:
    if not summary.plan_periods:
        return [], []
    rows = [["Dates", "Plan version", "Change", "Note"]]
    rows += [
        [f"{_d(p.first)} to {_d(p.last)}", str(p.version), p.change, p.note]
        for p in summary.plan_periods
    ]
    return [_heading("Taper plan versions in force"), _table(rows)], []


_SECTION_RENDERERS = (
    ("charts", _charts),
    ("withdrawal", _withdrawal),
    ("sleep", _sleep),
    ("mood", _mood),
    ("scores", _scores),
    ("cravings", _cravings),
    ("substances", _substances),
    ("medications", _medications),
    ("flagged", _flagged),
    ("plan_versions", _plan_versions),
)


# -- small pieces ------------------------------------------------------------------------
def _heading(text: str) -> str:
    return (
        '<p style="font-size:11.5pt; font-weight:bold; margin-top:9pt; margin-bottom:3pt">'
        f"{text}</p>"
    )


def _table(rows: Sequence[Sequence[str]]) -> str:
    """A plain table; the first row is the header. Cells are escaped here."""
    head = "".join(f"<th align='left'>{escape(cell)}</th>" for cell in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows[1:]
    )
    spacer = (
        '<p style="font-size:4pt; margin:0">&#160;</p>'  # QTextDocument drops margins after tables
    )
    return f"<table {_TABLE}><tr>{head}</tr>{body}</table>{spacer}"


def _entry_table(entries: Iterable[FlaggedEntry]) -> str:
    rows = [["When", "Entry", "Note"]]
    rows += [[_t(e.at), e.description, e.note] for e in entries]
    return _table(rows)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip())


def _avg(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.1f}"


def _d(day: date) -> str:
    return day.isoformat()


def _t(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")
