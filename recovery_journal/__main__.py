"""``python -m recovery_journal`` starts the app."""

from recovery_journal.app import entry_point

entry_point()
