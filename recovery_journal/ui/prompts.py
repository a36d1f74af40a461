"""The questions the data actions ask: file names, passphrases, "are you sure?".

One small object, so the actions read as plain steps and tests can answer the
questions without driving native file dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget  # the others where used: see below

from recovery_journal.domain.errors import JournalError
from recovery_journal.storage.keys import check_passphrase
from recovery_journal.ui.error_text import error_text

# The dialog classes are imported where they are used: PySide6 builds a class's Python
# type (with all its enums) the first time its name is imported, and none is needed to
# show the first page (~7 ms of start-up).


class Prompts:
    """Modal questions over ``parent``; ``None``/False means the user cancelled."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def save_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    def open_path(self, title: str, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(Path.home()), file_filter)
        return Path(name) if name else None

    def passphrase(self, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, accepted = QInputDialog.getText(
            self.parent, title, label, QLineEdit.EchoMode.Password
        )
        return text if accepted and text else None

    def new_passphrase(self, title: str, explanation: str) -> str | None:
        dialog = NewPassphraseDialog(title, explanation, self.parent)
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, title: str, text: str, action: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.parent)
        go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def inform(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.parent, title, text)


class NewPassphraseDialog(QDialog):
    """Choose a passphrase: typed twice, at least 8 characters, checked before closing."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

        super().__init__(parent)
        self.setWindowTitle(title)
        about = QLabel(explanation)
        about.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for edit, name in ((self.first, self.tr("Passphrase")), (self.second, self.tr("Again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Passphrase message"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Again"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.message.setText(self.tr("The two passphrases are not the same."))
            return
        try:
            check_passphrase(self.first.text())
        except JournalError as error:
            self.message.setText(error_text(error))
            return
        self.accept()
