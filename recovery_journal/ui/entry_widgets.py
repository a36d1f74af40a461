"""Widgets the entry dialogs share: a checkable trigger list, the mixing note."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import Trigger
from recovery_journal.ui.appearance import scaled_px
from recovery_journal.ui.entry_dialogs import EntryDialog
from recovery_journal.ui.safety import mixing_warning


class TriggerList(QListWidget):
    """The user's triggers as a checkable list (Space ticks the focused one)."""

    def __init__(self, triggers: Sequence[Trigger], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for trigger in triggers:
            item = QListWidgetItem(trigger.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, trigger.id)
            self.addItem(item)
        self.setMaximumHeight(scaled_px(120))

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, ids: Sequence[int], every_trigger: Mapping[int, Trigger]) -> None:
        """Tick ``ids``; a trigger since removed from the list is shown (and kept) too."""
        shown = {int(self.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.count())}
        for trigger_id in ids:
            trigger = every_trigger.get(trigger_id)
            if trigger_id not in shown and trigger is not None:
                item = QListWidgetItem(
                    self.tr("{name} (removed from the list)").format(name=trigger.name)
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(Qt.ItemDataRole.UserRole, trigger_id)
                self.addItem(item)
        for row in range(self.count()):
            item = self.item(row)
            on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class MixingCheck:
    """Shows the calm mixing note in a dialog while its day has kratom and other substances.

    ``pending_substance`` gives the substance being logged (None in the dose dialog,
    where the dose being logged is the kratom).
    """

    def __init__(
        self, dialog: EntryDialog, pending_substance: Callable[[], str] | None = None
    ) -> None:
        self._dialog, self._pending = dialog, pending_substance
        dialog.time_edit.dateTimeChanged.connect(self.update)

    def update(self) -> None:
        dialog = self._dialog
        try:
            day = dialog.moment().date()
        except JournalError:  # a time skipped by a clock change: Save explains it
            return
        used = dialog.service.substances_on(day)
        has_kratom = True
        if self._pending is not None:
            used.append(self._pending())
            has_kratom = dialog.service.dose_count_on(day) > 0
        dialog.show_notice(mixing_warning(used) if has_kratom else "")
