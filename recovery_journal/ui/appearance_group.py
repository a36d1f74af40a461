"""Settings → Appearance: the text size of this computer, applied as soon as it is chosen."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from recovery_journal.ui.device_prefs import TEXT_SIZES, DevicePrefs


class AppearanceGroup(QGroupBox):
    """A text size for everything, the unlock screen included; light or dark follows the system."""

    def __init__(self, prefs: DevicePrefs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Appearance"), parent)
        self.prefs = prefs
        self.text_size_combo = QComboBox()
        labels = {
            "normal": self.tr("Normal"),
            "large": self.tr("Large"),
            "larger": self.tr("Larger"),
        }
        assert tuple(labels) == tuple(TEXT_SIZES)
        for key, label in labels.items():
            self.text_size_combo.addItem(label, key)
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        self.text_size_combo.setAccessibleDescription(
            self.tr("The size of all text in the journal, on this computer")
        )
        self.text_size_combo.setToolTip(
            self.tr("Larger text everywhere, the unlock screen included. Saved on this computer.")
        )
        about = QLabel(
            self.tr("Light or dark follows your system's setting and changes along with it.")
        )
        about.setWordWrap(True)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Te&xt size"), self.text_size_combo)
        form.addRow(about)
        self.refresh()
        self.text_size_combo.currentIndexChanged.connect(self._chosen)
        prefs.changed.connect(self._pref_changed)

    def refresh(self) -> None:
        """Show the size saved on this computer."""
        with QSignalBlocker(self.text_size_combo):
            index = self.text_size_combo.findData(self.prefs.get("text_size"))
            self.text_size_combo.setCurrentIndex(max(index, 0))

    def _chosen(self) -> None:
        self.prefs.set("text_size", str(self.text_size_combo.currentData()))

    def _pref_changed(self, name: str) -> None:
        if name == "text_size":
            self.refresh()
