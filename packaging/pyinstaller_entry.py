"""The bundle's entry point: the same start-up as the ``recovery-journal`` command."""

from recovery_journal.app import entry_point

if __name__ == "__main__":
    entry_point()
