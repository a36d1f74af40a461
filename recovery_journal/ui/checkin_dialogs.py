"""Dialogs for how the user is: mood check-in, last night's sleep, a trigger note."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSignalBlocker, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import SLEEP_QUALITY, MoodCheckin, SleepEntry, TriggerNote
from recovery_journal.domain.scales import SLEEP_DIARY_SOURCE
from recovery_journal.domain.timeutil import night_time
from recovery_journal.services.journal_service import JournalService
from recovery_journal.ui.appearance import set_points, set_quiet
from recovery_journal.ui.describe import date_edit_format, format_duration_h, number_text
from recovery_journal.ui.entry_dialogs import EntryDialog, TextBox, spin_box, time_box
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.scale_forms import scale_text


class MoodDialog(EntryDialog):
    FIELDS = ("mood", "anxiety", "energy", "pain")

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Mood check-in"))
        labels = {
            "mood": self.tr("&Mood (0 low – 10 good)"),
            "anxiety": self.tr("&Anxiety (0 none – 10 severe)"),
            "energy": self.tr("&Energy (0 none – 10 plenty)"),
            "pain": self.tr("&Pain (0 none – 10 worst)"),
        }
        self.spins = {name: spin_box(0, 10, 5) for name in self.FIELDS}
        for name in self.FIELDS:
            self.add_row(labels[name], self.spins[name])
        self.add_common_rows()
        self.spins["mood"].setFocus()
        self.spins["mood"].selectAll()

    def fill_defaults(self) -> None:
        last = self.service.repo(MoodCheckin).latest()
        if last is not None:
            self.load_fields(last)
        self.spins["mood"].selectAll()

    def load_fields(self, entry: MoodCheckin) -> None:
        for name, spin in self.spins.items():
            spin.setValue(getattr(entry, name))

    def scores(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def build(self) -> MoodCheckin:
        scores = self.scores()
        return MoodCheckin(
            mood=scores["mood"],
            anxiety=scores["anxiety"],
            energy=scores["energy"],
            pain=scores["pain"],
            **self.common_values(),
        )


class SleepDialog(EntryDialog):
    """Last night, after the Consensus Sleep Diary; the derived figures update as you type."""

    DEFAULT_TIMES = {
        "into_bed": time(23, 0),
        "tried_sleep": time(23, 15),
        "final_wake": time(6, 45),
        "out_of_bed": time(7, 0),
    }

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Sleep diary: last night"))
        yesterday = now.date() - timedelta(days=1)
        self.night_edit = QDateEdit(QDate(yesterday.year, yesterday.month, yesterday.day))
        self.night_edit.setDisplayFormat(date_edit_format())
        self.night_edit.setCalendarPopup(True)
        self.times = {name: time_box(value) for name, value in self.DEFAULT_TIMES.items()}
        self.latency_spin = spin_box(0, 24 * 60, 20, self.tr(" min"))
        self.awakenings_spin = spin_box(0, 100, 1)
        self.awake_spin = spin_box(0, 24 * 60, 10, self.tr(" min"))
        self.quality_combo = QComboBox()
        quality = (
            self.tr("Very poor"),
            self.tr("Poor"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Very good"),
        )
        assert len(quality) == len(SLEEP_QUALITY)
        for number, label in enumerate(quality, start=1):
            self.quality_combo.addItem(label, number)
        self.quality_combo.setCurrentIndex(2)
        self.derived_label = QLabel()
        self.derived_label.setObjectName("sleepDerived")
        self.derived_label.setWordWrap(True)
        self.derived_label.setAccessibleName(self.tr("Time in bed, total sleep and efficiency"))
        self.note_edit.setPlaceholderText(self.tr("Optional comments"))
        self._add_rows()
        for edit in self.times.values():
            edit.timeChanged.connect(self.update_derived)
        self.night_edit.dateChanged.connect(self.update_derived)
        for spin in (self.latency_spin, self.awake_spin, self.awakenings_spin):
            spin.valueChanged.connect(self.update_derived)
        self.update_derived()
        self.times["into_bed"].setFocus()

    def _add_rows(self) -> None:
        self.add_row(self.tr("&Night of"), self.night_edit, self.tr("The evening you went to bed"))
        self.add_row(self.tr("Went to &bed at"), self.times["into_bed"])
        self.add_row(self.tr("&Tried to sleep at"), self.times["tried_sleep"])
        self.add_row(self.tr("Minutes to fall a&sleep"), self.latency_spin)
        self.add_row(self.tr("&Awakenings (times)"), self.awakenings_spin)
        self.add_row(self.tr("&Minutes awake in the night"), self.awake_spin)
        self.add_row(self.tr("&Final awakening at"), self.times["final_wake"])
        self.add_row(self.tr("&Out of bed at"), self.times["out_of_bed"])
        self.add_row(self.tr("Sleep &quality"), self.quality_combo)
        self.form.addRow("", self.derived_label)
        self.add_common_rows(with_time=False)
        self.note_edit.setAccessibleName(self.tr("Comments"))
        source = QLabel(
            self.tr("After the Consensus Sleep Diary. {source}").format(
                source=scale_text(SLEEP_DIARY_SOURCE)
            )
        )
        source.setWordWrap(True)
        source.setObjectName("scaleSource")
        set_quiet(source)
        set_points(source, 9)
        self.form.addRow(source)

    def fill_defaults(self) -> None:
        last = self.service.repo(SleepEntry).latest()
        if last is not None:  # people keep similar hours: start from the last night's times
            self.fill_times(last)
        self.update_derived()

    def load_fields(self, entry: SleepEntry) -> None:
        self.night_edit.setDate(QDate(entry.night.year, entry.night.month, entry.night.day))
        self.fill_times(entry)
        self.latency_spin.setValue(entry.latency_min)
        self.awakenings_spin.setValue(entry.awakenings)
        self.awake_spin.setValue(entry.awake_min)
        self.quality_combo.setCurrentIndex(entry.quality - 1)
        self.update_derived()

    def fill_times(self, entry: SleepEntry) -> None:
        for name, moment in self._moments(entry).items():
            local = moment.astimezone(self.zone)
            self.times[name].setTime(QTime(local.hour, local.minute))

    @staticmethod
    def _moments(entry: SleepEntry) -> dict[str, datetime]:
        return {
            "into_bed": entry.into_bed,
            "tried_sleep": entry.tried_sleep,
            "final_wake": entry.final_wake,
            "out_of_bed": entry.out_of_bed,
        }

    def night(self) -> date:
        value = self.night_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def _clock(self, name: str, label: str) -> datetime:
        value = self.times[name].time().toPython()
        assert isinstance(value, time)
        return night_time(self.night(), value.replace(second=0), self.zone, label)

    def build(self) -> SleepEntry:
        return SleepEntry(
            night=self.night(),
            into_bed=self._clock("into_bed", self.tr("went to bed")),
            tried_sleep=self._clock("tried_sleep", self.tr("tried to sleep")),
            latency_min=self.latency_spin.value(),
            awakenings=self.awakenings_spin.value(),
            awake_min=self.awake_spin.value(),
            final_wake=self._clock("final_wake", self.tr("final awakening")),
            quality=int(self.quality_combo.currentData()),
            at=self._clock("out_of_bed", self.tr("out of bed")),
            note=self.note_edit.text(),
            for_clinician=self.clinician_box.isChecked(),
        )

    def update_derived(self) -> None:
        try:
            entry = self.build()
        except JournalError as error:
            problem = self.tr("Not complete yet: {problem}").format(problem=error_text(error))
            self.derived_label.setText(problem)
            return
        self.derived_label.setText(
            self.tr("Time in bed {bed} · asleep {asleep} · efficiency {eff} %").format(
                bed=format_duration_h(entry.time_in_bed_min / 60),
                asleep=format_duration_h(entry.total_sleep_min / 60),
                eff=number_text(entry.efficiency_pct, 0),
            )
        )


class TriggerNoteDialog(EntryDialog):
    """What happened around a trigger, and the if-then plan for next time."""

    def __init__(self, service: JournalService, now: datetime, parent: QWidget | None = None):
        super().__init__(service, now, parent)
        self.setWindowTitle(self.tr("Trigger note"))
        self.triggers = {t.id: t for t in service.triggers.all()}
        self.trigger_combo = QComboBox()
        self.trigger_combo.addItem(self.tr("(no particular trigger)"), None)
        for trigger in self.triggers.values():
            self.trigger_combo.addItem(trigger.name, trigger.id)
        self.trigger_combo.currentIndexChanged.connect(self._trigger_chosen)
        self.what_edit = TextBox(self.tr("What happened?"))
        self.plan_edit = TextBox(
            self.tr("If … then I will … (e.g. If I feel restless after work, then I walk first)")
        )
        self.add_row(self.tr("T&rigger"), self.trigger_combo)
        self.add_row(self.tr("&What happened"), self.what_edit)
        self.add_row(self.tr("&If-then plan"), self.plan_edit)
        self.add_common_rows()
        self.trigger_combo.setFocus()

    def _trigger_chosen(self) -> None:
        trigger = self.triggers.get(self.trigger_combo.currentData())
        if trigger is not None and not self.plan_edit.toPlainText().strip():
            self.plan_edit.setPlainText(trigger.coping_plan)

    def load_fields(self, entry: TriggerNote) -> None:
        self.what_edit.setPlainText(entry.what_happened)
        self.plan_edit.setPlainText(entry.if_then_plan)
        removed = self.service.trigger_map().get(entry.trigger_id or -1)
        if self.trigger_combo.findData(entry.trigger_id) < 0 and removed is not None:
            label = self.tr("{name} (removed from the list)").format(name=removed.name)
            self.trigger_combo.addItem(label, removed.id)
        with QSignalBlocker(self.trigger_combo):  # the note keeps its own plan, even empty
            self.trigger_combo.setCurrentIndex(
                max(0, self.trigger_combo.findData(entry.trigger_id))
            )

    def build(self) -> TriggerNote:
        what = self.what_edit.toPlainText().strip()
        if not what:
            raise JournalError(self.tr("What happened: please write a few words."))
        return TriggerNote(
            trigger_id=self.trigger_combo.currentData(),
            what_happened=what,
            if_then_plan=self.plan_edit.toPlainText().strip(),
            **self.common_values(),
        )
