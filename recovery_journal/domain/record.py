"""``@record``: a frozen dataclass that is cheaper to define.

On Python 3.11 ``@record`` writes and compiles six methods for every
class (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``,
``__delattr__``); with ~70 such classes that is ~35 ms of every start-up. A record lets
``dataclasses`` write only the three that depend on the class (the constructor and the
two that keep it frozen) and shares one ``__repr__``, ``__eq__`` and ``__hash__``
between all records. They give what the generated ones give: the same text, equality
only between objects of the same class with equal compared fields, and the hash of
those fields' values. Everything else is a plain dataclass (``dataclasses.fields``,
``replace``, ``asdict``, ``field(...)``, ``__post_init__``, ``kw_only``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, cast, dataclass_transform, overload

T = TypeVar("T")
_VALUES = "__record_values__"  # per class: (compared values getter, hashed values getter)


@overload
def record(cls: type[T], /) -> type[T]: ...


@overload
def record(*, kw_only: bool = False, repr: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(
    cls: type[T] | None = None, /, *, kw_only: bool = False, repr: bool = True
) -> type[T] | Callable[[type[T]], type[T]]:
    """Make ``cls`` a frozen dataclass with the shared ``__eq__``/``__hash__``/``__repr__``."""

    def make(cls: type[T]) -> type[T]:
        made = dataclasses.dataclass(frozen=True, kw_only=kw_only, repr=False, eq=False)(cls)
        own = made.__dict__
        if repr and "__repr__" not in own:
            made.__repr__ = _repr  # type: ignore[method-assign]
        if "__eq__" not in own:
            made.__eq__ = _eq  # type: ignore[method-assign]
        if "__hash__" not in own or own["__hash__"] is None:
            made.__hash__ = _hash  # type: ignore[method-assign]
        return made

    return make if cls is None else make(cls)


def _getters(cls: type) -> tuple[Callable[[Any], tuple[Any, ...]], ...]:
    found = cls.__dict__.get(_VALUES)
    if found is None:
        fields = dataclasses.fields(cls)
        compared = [f.name for f in fields if f.compare]
        hashed = [f.name for f in fields if f.hash or (f.hash is None and f.compare)]
        found = (_values_of(compared), _values_of(hashed))
        setattr(cls, _VALUES, found)
    return cast("tuple[Callable[[Any], tuple[Any, ...]], ...]", found)


def _values_of(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        compared = _getters(self.__class__)[0]
        return compared(self) == compared(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_getters(self.__class__)[1](self))


def _repr(self: Any) -> str:
    shown = ", ".join(
        f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr
    )
    return f"{self.__class__.__qualname__}({shown})"
