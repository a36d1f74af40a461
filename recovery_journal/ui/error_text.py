"""Problems reported from below the UI (validation, the taper maths), in the user's language.

The domain words its errors in English, which the command line prints as they are. The
UI shows :func:`error_text` instead: a ValidationError's field and message translated
where the message has one of the forms below, and as written otherwise.
"""

from __future__ import annotations

import re

from recovery_journal.domain.errors import JournalError, ValidationError
from recovery_journal.ui.i18n import tr


def error_text(error: JournalError) -> str:
    """``error`` as the UI shows it: ``field: message``, translated where known."""
    if not isinstance(error, ValidationError):
        return _whole_message(str(error))
    field = _fields().get(error.field, error.field)
    return tr("{field}: {problem}").format(field=field, problem=_message(error.message))


def _whole_message(message: str) -> str:
    """A message that is not about one field, translated where it has a known form."""
    for pattern, template in _whole_forms():
        found = re.fullmatch(pattern, message)
        if found:
            return template.format(**found.groupdict())
    return message


def _whole_forms() -> list[tuple[str, str]]:
    """Whole messages from the services (the catalog's duplicate names)."""
    return [
        (
            r"There is already a product called '(?P<name>.*)'\. Please choose another name\.",
            tr("There is already a product called '{name}'. Please choose another name."),
        ),
        (
            r"There is already a trigger called '(?P<name>.*)'\. Please choose another name\.",
            tr("There is already a trigger called '{name}'. Please choose another name."),
        ),
        (
            r"There is already a product called '(?P<name>.*)', so the removed "
            r"'(?P<removed>.*)' cannot come back\. Rename or remove that one first\.",
            tr(
                "There is already a product called '{name}', so the removed '{removed}' "
                "cannot come back. Rename or remove that one first."
            ),
        ),
        (
            r"There is already a trigger called '(?P<name>.*)', so the removed "
            r"'(?P<removed>.*)' cannot come back\. Rename or remove that one first\.",
            tr(
                "There is already a trigger called '{name}', so the removed '{removed}' "
                "cannot come back. Rename or remove that one first."
            ),
        ),
    ]


def _message(message: str) -> str:
    for pattern, template in _forms():
        found = re.fullmatch(pattern, message)
        if found:
            return template.format(**found.groupdict())
    return message


def _forms() -> list[tuple[str, str]]:
    """(the English message as a pattern, its translation with the same {names})."""
    return [
        (r"must be a number", tr("must be a number")),
        (r"must be a finite number", tr("must be a finite number")),
        (r"must be between (?P<low>\S+) and (?P<high>\S+)", tr("must be between {low} and {high}")),
        (r"must be more than zero", tr("must be more than zero")),
        (r"must be a whole number", tr("must be a whole number")),
        (
            r"must be a whole number from (?P<low>\S+) to (?P<high>\S+)",
            tr("must be a whole number from {low} to {high}"),
        ),
        (
            r"is too long \((?P<length>\S+) characters; at most (?P<most>\S+)\)",
            tr("is too long ({length} characters; at most {most})"),
        ),
        (
            r"contains a character that cannot be stored",
            tr("contains a character that cannot be stored"),
        ),
        (r"must not be empty", tr("must not be empty")),
        (
            r"must be one line without leading or trailing spaces",
            tr("must be one line without leading or trailing spaces"),
        ),
        (r"must be one of: (?P<choices>.+)", tr("must be one of: {choices}")),
        (r"a number is needed", tr("a number is needed")),
        (r"'(?P<text>.*)' is not a number", tr("“{text}” is not a number")),
        (
            r"'(?P<text>.*)' is unclear: write it without the point, or with a comma",
            tr("“{text}” is unclear: write it without the point, or with a comma"),
        ),
        (r"a whole number is needed", tr("a whole number is needed")),
        (r"'(?P<text>.*)' is not a whole number", tr("“{text}” is not a whole number")),
        (
            r"(?P<when>.+) does not exist in this time zone "
            r"\(the clocks skipped it for daylight saving\)",
            tr(
                "{when} does not exist in this time zone "
                "(the clocks skipped it for daylight saving)"
            ),
        ),
        (
            r"must be a date between (?P<first>\S+) and (?P<last>\S+)",
            tr("must be a date between {first} and {last}"),
        ),
        (
            r"is in the future; entries can be back-dated but not future-dated",
            tr("is in the future; entries can be back-dated but not future-dated"),
        ),
        (
            r"(?P<night>\S+) already has a sleep diary; "
            r"edit that entry \(Log page\) instead of adding a second one",
            tr(
                "{night} already has a sleep diary; "
                "edit that entry (Log page) instead of adding a second one"
            ),
        ),
        (
            r"'(?P<name>.*)' is measured in (?P<unit>\S+), not (?P<other>\S+)",
            tr("“{name}” is measured in {unit}, not {other}"),
        ),
        (r"must be at or after the time into bed", tr("must be at or after the time into bed")),
        (
            r"must be after the time you tried to sleep",
            tr("must be after the time you tried to sleep"),
        ),
        (r"must be at or after the final awakening", tr("must be at or after the final awakening")),
        (r"must be within 24 hours of going to bed", tr("must be within 24 hours of going to bed")),
        (
            r"must be at least a minute after going to bed",
            tr("must be at least a minute after going to bed"),
        ),
        (
            r"minutes to fall asleep plus minutes awake are longer than the night",
            tr("minutes to fall asleep plus minutes awake are longer than the night"),
        ),
        (
            r"only applies when the outcome is 'used'",
            tr("only applies when the outcome is “used”"),
        ),
        (
            r"must be at least (?P<least>\d+) characters long",
            tr("must be at least {least} characters long"),
        ),
        (r"must be at most (?P<most>\d+) characters", tr("must be at most {most} characters")),
        (
            r"contains a character that cannot be used",
            tr("contains a character that cannot be used"),
        ),
        (r"must be at least (?P<least>\S+)", tr("must be at least {least}")),
        (r"is too fine for this daily amount", tr("is too fine for this daily amount")),
        (
            r"must be less than the current daily amount",
            tr("must be less than the current daily amount"),
        ),
        (
            r"must be a multiple of the scale resolution \((?P<resolution>\S+)\)",
            tr("must be a multiple of the scale resolution ({resolution})"),
        ),
        (
            r"must not be more than the current doses per day",
            tr("must not be more than the current doses per day"),
        ),
        (
            r"this plan would need more than (?P<most>\d+) steps; a larger reduction per "
            r"step or a coarser scale resolution makes it shorter",
            tr(
                "this plan would need more than {most} steps; a larger reduction per "
                "step or a coarser scale resolution makes it shorter"
            ),
        ),
        (r"would run past the last possible date", tr("would run past the last possible date")),
        (
            r"nothing to resume: this step is not longer than planned \(it ends on (?P<day>\S+)\)",
            tr("nothing to resume: this step is not longer than planned (it ends on {day})"),
        ),
        (
            r"the plan has not started yet, so there is no earlier step",
            tr("the plan has not started yet, so there is no earlier step"),
        ),
        (
            r"this is the first step, so there is no earlier step to go back to",
            tr("this is the first step, so there is no earlier step to go back to"),
        ),
        (
            r"the plan has already ended, so there is no step to hold",
            tr("the plan has already ended, so there is no step to hold"),
        ),
        (
            r"there is no taper plan yet; create one first",
            tr("there is no taper plan yet; create one first"),
        ),
    ]


def _fields() -> dict[str, str]:
    """The fields the domain names in English, as the UI names them."""
    return {
        "amount": tr("amount"),
        "amount used": tr("amount used"),
        "unit": tr("unit"),
        "product": tr("product"),
        "intensity": tr("intensity"),
        "note": tr("note"),
        "time": tr("time"),
        "night": tr("night"),
        "tried to sleep": tr("tried to sleep"),
        "final awakening": tr("final awakening"),
        "out of bed": tr("out of bed"),
        "minutes awake": tr("minutes awake"),
        "daily amount": tr("daily amount"),
        "doses per day": tr("doses per day"),
        "target doses per day": tr("target doses per day"),
        "resolution": tr("resolution"),
        "reduction": tr("reduction"),
        "goal": tr("goal"),
        "start": tr("start"),
        "days": tr("days"),
        "plan": tr("plan"),
        "hold": tr("hold"),
        "resume": tr("resume"),
        "go back a step": tr("go back a step"),
        "product name": tr("product name"),
        "trigger name": tr("trigger name"),
        "medication name": tr("medication name"),
        "medication dose": tr("medication dose"),
        "coping": tr("coping"),
        "coping plan": tr("coping plan"),
        "notes": tr("notes"),
        "what happened": tr("what happened"),
        "if-then plan": tr("if-then plan"),
        "passphrase": tr("passphrase"),
    }
