"""Qt enum settings by key name, for the widgets the first window builds.

PySide6 makes the Python enums of a Qt class the first time the class is used, all of
them at once. For the ``Qt`` namespace that is 93 enums of ~1,200 members: 33-42 ms on
these machines, most of what separates the Today page from a bare window. Nothing else
on the way to the first filled window needs ``Qt``, so the few settings that window
makes from it go through Qt's property system by key name instead (as Qt Designer's
files do), and the modules it imports import ``Qt`` inside the functions that use it.
``Qt`` is then built when a later page or dialog first needs it.
``tests/test_startup.py`` checks that starting the app never builds it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_keys(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property ``name`` of ``target`` by key, e.g. ``"AlignTop"``.

    Flags combine with ``|`` (``"AlignRight|AlignTop"``). A property that is not an enum
    or flags property of ``target``, a key it does not have, a number instead of a key,
    or ``|`` for a plain enum raises ``ValueError`` and changes nothing (``setProperty``
    alone would add a dynamic property silently, and take numbers and ``|`` anywhere).
    """
    meta = target.metaObject()
    index = meta.indexOfProperty(name)
    prop = meta.property(index) if index >= 0 else None
    parts = keys.split("|")
    if (
        prop is None
        or not prop.isEnumType()
        or (len(parts) > 1 and not prop.isFlagType())
        or not all(part.strip().isidentifier() for part in parts)
        or not target.setProperty(name, keys)
    ):
        raise ValueError(f"{type(target).__name__} has no property {name!r} with keys {keys!r}")
