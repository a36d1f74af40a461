"""Errors that describe the user's situation rather than a bug."""

from __future__ import annotations


class JournalError(Exception):
    """Base for every error the user should see as a plain message."""


class ValidationError(JournalError, ValueError):
    """An input value is not acceptable; nothing was saved.

    ``field`` names the input in the user's words (``"amount"``), so the UI can
    put the message next to it and the CLI can name the option.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
