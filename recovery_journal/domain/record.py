"""``@record``: a frozen dataclass that is cheaper to define.

On Python 3.11 ``@dataclass(frozen=True)`` writes and compiles six methods for every
class (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``,
``__delattr__``): ~0.8 ms a class on these machines, ~30 ms for the ~40 classes start-up
imports. A record compiles one, its ``__init__``, when it is first used (a third of the
records start-up defines are not), and shares the other five between all records.
``dataclasses`` still collects the fields (``fields``, ``replace``, ``asdict``,
``field(...)`` and ``kw_only`` work as usual); the constructor is the one ``dataclasses``
writes for a frozen class (same parameters, defaults, factories, ``__post_init__``,
annotations, assignment past the frozen ``__setattr__``); the shared methods give what
the generated ones give: the same text, equality only between objects of the same class
with equal compared fields, the hash of those fields' values, and
``FrozenInstanceError`` on assigning or deleting a field.

One difference is visible to introspection only: ``__dataclass_params__`` says
``init=False, frozen=False`` (the constructor is ours; the class is frozen by its own
``__setattr__``), so a ``@dataclass(frozen=True)`` cannot subclass a record; records
subclass records.
"""

from __future__ import annotations

import dataclasses
import inspect
import sys
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
        own = cls.__dict__
        if own.keys() & {"__init__", "__setattr__", "__delattr__"}:
            raise TypeError(f"record {cls.__qualname__} defines its own construction")
        for base in cls.__mro__[1:-1]:
            if "__dataclass_fields__" in base.__dict__ and not _is_record(base):
                raise TypeError(f"record {cls.__qualname__}: a record subclasses records only")
        undocumented = not cls.__doc__
        if undocumented:  # else dataclasses makes one from object's signature (below: ours)
            cls.__doc__ = cls.__name__  # ... which compiles tokenize's patterns: ~10 ms once
        made = dataclasses.dataclass(init=False, repr=False, eq=False, kw_only=kw_only)(cls)
        _check_parameters(made)  # now, as dataclasses would: compiling waits for first use
        made.__init__ = _Constructor(made)  # type: ignore[assignment,method-assign]
        made.__setattr__ = _frozen_setattr  # type: ignore[method-assign]
        made.__delattr__ = _frozen_delattr  # type: ignore[method-assign]
        if repr and "__repr__" not in own:
            made.__repr__ = _repr  # type: ignore[method-assign]
        if "__eq__" not in own:
            made.__eq__ = _eq  # type: ignore[method-assign]
        if "__hash__" not in own or own["__hash__"] is None:
            made.__hash__ = _hash  # type: ignore[method-assign]
        if undocumented:  # as dataclasses names it, from the constructor's signature
            text = str(inspect.signature(made)).replace(" -> None", "")
            made.__doc__ = made.__name__ + text
        return made

    return make if cls is None else make(cls)


class _Constructor:
    """A record's ``__init__`` until it is first needed; then the one :func:`_constructor` writes.

    Compiling a constructor is ~0.35 ms; start-up defines ~40 records and makes objects
    of a few. Any use of the class's ``__init__`` (making an object, ``inspect``, reading
    its annotations) goes through ``__get__``, which compiles it, puts it in the class in
    place of this object and hands it on: from then on the class is as if it had been
    written at definition.
    """

    __slots__ = ("cls",)

    def __init__(self, cls: type) -> None:
        self.cls = cls

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        made: Any = self.cls.__dict__["__init__"]
        if made is self:  # the first use (two threads at once: both compile, one stays)
            made = _constructor(self.cls)
            self.cls.__init__ = made
        return made.__get__(instance, owner)


def _check_parameters(cls: type) -> None:
    """The errors dataclasses raises for a constructor it cannot write (TypeError)."""
    every = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)
    if len(every) != len(fields) and any("InitVar" in str(f.type) for f in every.values()):
        raise TypeError(f"record {cls.__qualname__}: InitVar is not supported")
    seen_default = False
    for f in fields:
        if not f.init or f.kw_only:
            continue
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")


def _constructor(cls: type) -> Callable[..., None]:
    """The ``__init__`` dataclasses writes for a frozen class, compiled in one go."""
    every = cls.__dataclass_fields__  # type: ignore[attr-defined]
    fields = dataclasses.fields(cls)
    names: dict[str, Any] = {
        "__record_setattr__": object.__setattr__,  # names no field can take, as in dataclasses
        "__record_factory__": _HAS_DEFAULT_FACTORY,
        "__record_return__": None,
    }
    self_name = "__record_self__" if "self" in every else "self"  # a field may be "self"
    positional: list[str] = []
    keywords: list[str] = []
    body: list[str] = []
    for f in fields:
        has_factory = f.default_factory is not dataclasses.MISSING
        if has_factory:
            names[f"_dflt_{f.name}"] = f.default_factory
        elif f.default is not dataclasses.MISSING:
            names[f"_dflt_{f.name}"] = f.default
        if f.init:
            names[f"_type_{f.name}"] = f.type
            if has_factory:
                parameter = f"{f.name}: _type_{f.name} = __record_factory__"
            elif f.default is not dataclasses.MISSING:
                parameter = f"{f.name}: _type_{f.name} = _dflt_{f.name}"
            else:
                parameter = f"{f.name}: _type_{f.name}"
            (keywords if f.kw_only else positional).append(parameter)
            value = (
                f"_dflt_{f.name}() if {f.name} is __record_factory__ else {f.name}"
                if has_factory
                else f.name
            )
        elif has_factory:
            value = f"_dflt_{f.name}()"
        else:
            continue  # not set here: the class attribute holds its default
        body.append(f"  __record_setattr__({self_name}, {f.name!r}, {value})")
    if hasattr(cls, "__post_init__"):
        body.append(f"  {self_name}.__post_init__()")
    parameters = [self_name, *positional] + (["*", *keywords] if keywords else [])
    text = (
        f"def __create_fn__({', '.join(names)}):\n"
        f" def __init__({', '.join(parameters)}) -> __record_return__:\n"
        + ("\n".join(body) or "  pass")
        + "\n return __init__"
    )
    module = sys.modules.get(cls.__module__)
    scope: dict[str, Any] = {}
    # dont_inherit: this module's ``from __future__ import annotations`` would otherwise
    # turn the constructor's annotations into strings, which dataclasses' are not
    code = compile(text, f"<record {cls.__qualname__}>", "exec", dont_inherit=True)
    exec(code, module.__dict__ if module is not None else {}, scope)  # noqa: S102
    made: Callable[..., None] = scope["__create_fn__"](**names)
    made.__qualname__ = f"{cls.__qualname__}.__init__"
    return made


class _HasDefaultFactory:
    def __repr__(self) -> str:
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    owner = _record_class(type(self))
    if owner is type(self) or name in owner.__dataclass_fields__:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    super(owner, self).__setattr__(name, value)


def _frozen_delattr(self: Any, name: str) -> None:
    owner = _record_class(type(self))
    if owner is type(self) or name in owner.__dataclass_fields__:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
    super(owner, self).__delattr__(name)


def _is_record(cls: type) -> bool:
    return cls.__dict__.get("__setattr__") is _frozen_setattr


def _record_class(cls: type) -> Any:
    """The nearest record in ``cls``'s ancestry (``cls`` itself, unless a plain subclass)."""
    return next(klass for klass in cls.__mro__ if _is_record(klass))


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
