"""The unlock step: silent with the keyring, a passphrase prompt otherwise.

Also the lock screen: when the journal is locked this is all that is visible.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.domain.errors import JournalError, ValidationError
from recovery_journal.services.access import JournalOpener, Prompt
from recovery_journal.storage.backups import Backup
from recovery_journal.storage.journal import Journal, WrongKeyError
from recovery_journal.ui.appearance import scaled_px, set_points, set_weight
from recovery_journal.ui.describe import date_time_text
from recovery_journal.ui.error_text import error_text
from recovery_journal.ui.prompts import Prompts


class UnlockPage(QWidget):
    """Asks for what the opener needs; emits ``unlocked`` with the open journal."""

    unlocked = Signal(object)

    def __init__(self, opener: JournalOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._prompt = Prompt.NONE
        self.discreet = False  # discreet mode: no title names the app
        self._title_key: str | None = "locked"  # a title that names the app, or None
        self.title = QLabel(self._title_text("locked"))
        self.title.setObjectName("unlockTitle")
        set_weight(self.title, QFont.Weight.Light)
        set_points(self.title, 20)
        self.title.setWordWrap(True)  # a long title at a large text size wraps, never cut
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self._edits: tuple[QLineEdit, QLineEdit] | None = None  # built when first asked for
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Unlock message"))
        set_weight(self.message, QFont.Weight.DemiBold)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.recover_button = QPushButton(self.tr("&Restore the newest good backup…"))
        self.recover_button.hide()
        self.recover_button.clicked.connect(self.recover)
        self.prompts = Prompts(self)
        self._good_backup: Backup | None = None
        self._recovery_passphrase: str | None = None
        form = QFormLayout()
        self._form = form
        box = QWidget()
        box.setMaximumWidth(scaled_px(460))
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        for widget in (self.title, self.explanation):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centred = QHBoxLayout()  # as wide as allowed, so wrapped text has room, centred
        centred.addStretch(1)
        centred.addWidget(box, 4)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

    @property
    def passphrase_edit(self) -> QLineEdit:
        return self._passphrase_edits()[0]

    @property
    def repeat_edit(self) -> QLineEdit:
        return self._passphrase_edits()[1]

    def _passphrase_edits(self) -> tuple[QLineEdit, QLineEdit]:
        """The passphrase fields, built the first time a passphrase is asked for.

        With the key in the system keyring none is ever needed, and Qt's first line edit
        costs ~10 ms of start-up (it sets up text input).
        """
        if self._edits is None:
            passphrase, repeat = QLineEdit(), QLineEdit()
            passphrase.setAccessibleName(self.tr("Passphrase"))
            repeat.setAccessibleName(self.tr("Passphrase again"))
            for edit in (passphrase, repeat):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.returnPressed.connect(self.submit)
            self._form.addRow(self.tr("&Passphrase"), passphrase)
            self._repeat_label = QLabel(self.tr("&Again"))
            self._repeat_label.setBuddy(repeat)
            self._form.addRow(self._repeat_label, repeat)
            label = self._form.labelForField(passphrase)
            for widget in (passphrase, repeat, label, self._repeat_label):
                widget.hide()  # until show_prompt asks for them
            self._edits = (passphrase, repeat)
        return self._edits

    def try_silently(self) -> Journal | None:
        """Open without asking if possible; otherwise show the right question."""
        self.message.clear()
        try:
            journal, prompt, reason = self._opener.open_silently()
        except JournalError as error:
            journal, prompt, reason = None, Prompt.UNAVAILABLE, error_text(error)
        if journal is not None:
            return journal
        if isinstance(self._opener.last_error, WrongKeyError):
            reason = self.tr(
                "The key kept in the system keyring does not open the journal. If the key is "
                "right, the journal file may be damaged. The file was left as it is."
            )
        self.show_prompt(prompt, reason)
        if prompt is Prompt.UNAVAILABLE and isinstance(self._opener.last_error, WrongKeyError):
            self._offer_backup(None)  # the keyring's key no longer opens it: likely damage
        return None

    def show_prompt(self, prompt: Prompt, reason: str = "") -> None:
        self._prompt = prompt
        asks = prompt in (Prompt.PASSPHRASE, Prompt.NEW_PASSPHRASE)
        new = prompt is Prompt.NEW_PASSPHRASE
        if asks or self._edits is not None:
            passphrase, repeat = self._passphrase_edits()
            passphrase.setVisible(asks)
            self._form.labelForField(passphrase).setVisible(asks)
            repeat.setVisible(new)
            self._repeat_label.setVisible(new)
        self._title_key = None
        if new:
            self._show_title("welcome")
            self.explanation.setText(
                self.tr(
                    "Your journal is encrypted on this computer. No system keyring is "
                    "available to keep its key, so please choose a passphrase (at least 8 "
                    "characters). Nobody can recover it for you: keep it somewhere safe."
                )
            )
            self.unlock_button.setText(self.tr("&Create journal"))
        elif prompt is Prompt.PASSPHRASE:
            self._show_title("locked")
            self.explanation.setText(self.tr("Type your passphrase to open your journal."))
            self.unlock_button.setText(self.tr("&Unlock"))
        elif prompt is Prompt.UNAVAILABLE:
            self.title.setText(self.tr("The journal could not be opened"))
            self.explanation.setText(self.tr("Nothing was changed. The details:"))
            self.unlock_button.setText(self.tr("&Try again"))
        else:
            self._show_title("locked")
            self.explanation.setText(
                self.tr("Your entries are hidden while the journal is locked.")
            )
            self.unlock_button.setText(self.tr("&Unlock"))
        self.message.setText(reason)
        self.message.setVisible(bool(reason))
        self.unlock_button.show()
        self.recover_button.hide()
        if asks:
            self.passphrase_edit.setFocus()
        else:
            self.unlock_button.setFocus()

    def set_discreet(self, discreet: bool) -> None:
        """Discreet mode: the titles say "journal" instead of the app's name."""
        self.discreet = discreet
        if self._title_key is not None:
            self._show_title(self._title_key)

    def _show_title(self, key: str) -> None:
        self._title_key = key
        self.title.setText(self._title_text(key))

    def _title_text(self, key: str) -> str:
        if key == "welcome":
            return self.tr("Welcome") if self.discreet else self.tr("Welcome to Recovery Journal")
        if self.discreet:
            return self.tr("The journal is locked")
        return self.tr("Recovery Journal is locked")

    def show_busy(self, text: str) -> None:
        """A title only, while the journal is being replaced (restore)."""
        self.show_prompt(Prompt.NONE)
        self._title_key = None
        self.title.setText(text)
        self.explanation.clear()
        self.unlock_button.hide()

    def submit(self) -> None:
        passphrase = self.passphrase_edit.text()
        try:
            if self._prompt is Prompt.NEW_PASSPHRASE:
                if passphrase != self.repeat_edit.text():
                    self._fail(self.tr("The two passphrases are not the same."))
                    return
                journal = self._opener.create_with_passphrase(passphrase)
            elif self._prompt is Prompt.PASSPHRASE:
                try:
                    journal = self._opener.open_with_passphrase(passphrase)
                except WrongKeyError as error:
                    self._fail(self._error_message(error, passphrase))
                    self._offer_backup(passphrase)
                    return
            else:
                opened = self.try_silently()
                if opened is None:
                    return
                journal = opened
        except JournalError as error:
            self._fail(self._error_message(error, passphrase))
            return
        self._clear_passphrases()
        self.message.clear()
        self.unlocked.emit(journal)

    def _clear_passphrases(self) -> None:
        if self._edits is not None:
            for edit in self._edits:
                edit.clear()

    def _offer_backup(self, passphrase: str | None) -> None:
        """A journal that will not open, while a backup opens with the same key: damage."""
        self._good_backup = self._opener.good_backup(passphrase, limit=2 if passphrase else 30)
        self._recovery_passphrase = passphrase
        if self._good_backup is None:
            return
        when = date_time_text(self._good_backup.taken)
        self.message.setText(
            self.tr(
                "The journal file will not open, but your backup from {when} does with the same "
                "key: the journal file is probably damaged. You can restore that backup; the "
                "damaged file is kept beside it."
            ).format(when=when)
        )
        self.message.show()
        self.recover_button.show()

    def recover(self) -> None:
        backup = self._good_backup
        if backup is None:
            return
        question = self.tr(
            "Put the backup from {when} in place of the damaged journal? Entries made after it "
            "are not in it. The damaged file is kept in the journal's folder, renamed."
        ).format(when=date_time_text(backup.taken))
        if not self.prompts.confirm(self.tr("Restore a backup"), question, self.tr("&Restore")):
            return
        try:
            journal = self._opener.recover(backup, self._recovery_passphrase)
        except JournalError as error:
            self._fail(self._error_message(error, self._recovery_passphrase))
            return
        self._clear_passphrases()
        self.recover_button.hide()
        self.message.clear()
        self.unlocked.emit(journal)

    def _error_message(self, error: JournalError, passphrase: str | None) -> str:
        """``error`` in the user's words; never a path (the lock screen stays discreet)."""
        if isinstance(error, WrongKeyError):
            if passphrase == "":
                return self.tr("Please type your passphrase.")
            if passphrase is None:
                return self.tr(
                    "The journal's key does not open the backup. The file was left as it is."
                )
            return self.tr(
                "This passphrase does not open the journal. Check it and try again "
                "(capitals count)."
            )
        if isinstance(error, ValidationError) and error.field == "passphrase":
            return self._passphrase_problem(error)
        return error_text(error)

    def _passphrase_problem(self, error: ValidationError) -> str:
        found = re.fullmatch(r"must be at least (\d+) characters long", error.message)
        if found:
            return self.tr("The passphrase must be at least {count} characters long.").format(
                count=found.group(1)
            )
        return error_text(error)

    def _fail(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        if self._edits is not None:  # built: a passphrase was asked for
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
