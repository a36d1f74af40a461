"""``@record`` behaves as ``@dataclass(frozen=True)`` does, with shared methods (issue 9)."""

from __future__ import annotations

import dataclasses
import inspect
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from recovery_journal.domain import record as record_module
from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import Product
from recovery_journal.domain.record import record


@record
class Point:
    x: int
    y: int = 0
    note: str = field(default="", compare=False)


@dataclass(frozen=True)
class PlainPoint:
    x: int
    y: int = 0
    note: str = field(default="", compare=False)


@record(kw_only=True)
class Named:
    name: str
    tags: tuple[str, ...] = ()


@record
class Child(Point):
    z: int = 0


@record(repr=False)
class Secret:
    value: str

    def __repr__(self) -> str:
        return "Secret(***)"


def test_text_equality_and_hash_are_those_of_a_frozen_dataclass() -> None:
    ours, plain = Point(1, 2, "a"), PlainPoint(1, 2, "a")
    assert repr(ours).replace("Point", "") == repr(plain).replace("PlainPoint", "")
    assert repr(ours) == "Point(x=1, y=2, note='a')"
    assert ours == Point(1, 2, "other note")  # a field left out of comparison
    assert hash(ours) == hash(Point(1, 2, "other note")) == hash(plain)
    assert ours != Point(1, 3, "a")
    other: object = plain
    assert ours != other  # different classes are never equal, as with dataclasses
    assert ours.__eq__((1, 2)) is NotImplemented
    assert len({Point(1), Point(1), Point(2)}) == 2


def test_records_stay_frozen_and_work_with_the_dataclass_tools() -> None:
    point = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 5  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.y
    moved = dataclasses.replace(point, y=7)
    assert moved == Point(1, 7) and point == Point(1, 2)
    assert dataclasses.asdict(moved) == {"x": 1, "y": 7, "note": ""}
    assert [f.name for f in dataclasses.fields(Child)] == ["x", "y", "note", "z"]


def test_keyword_only_subclasses_and_own_methods() -> None:
    with pytest.raises(TypeError):
        Named("positional")  # type: ignore[call-arg]
    assert Named(name="a", tags=("b",)) == Named(name="a", tags=("b",))
    assert repr(Named(name="a")) == "Named(name='a', tags=())"
    assert Child(1, 2, z=3) != Child(1, 2, z=4)
    assert Child(1, 2, z=3) != Point(1, 2)  # a subclass is another class
    assert repr(Child(1, z=3)) == "Child(x=1, y=0, note='', z=3)"
    assert repr(Secret("hidden")) == "Secret(***)"
    assert Secret("a") == Secret("a") and hash(Secret("a")) == hash(Secret("a"))


def test_journal_objects_compare_and_hash_by_their_values() -> None:
    red = Product(name="Red powder", uid="a1")
    assert red == Product(name="Red powder", uid="a1")
    assert hash(red) == hash(Product(name="Red powder", uid="a1"))
    assert red != Product(name="Red powder", uid="b2")  # another product with the same name
    assert red != dataclasses.replace(red, unit="capsule")
    assert repr(red).startswith("Product(name='Red powder', form='powder', unit='g',")
    with pytest.raises(ValidationError):
        dataclasses.replace(red, name="")  # replace validates again


def test_a_plain_subclass_and_an_undocumented_record_behave_as_with_dataclasses() -> None:
    class Tagged(Point):  # not a record itself: as with a frozen dataclass's subclass
        pass

    class PlainTagged(PlainPoint):
        pass

    for cls in (Tagged, PlainTagged):
        tagged = cls(1)
        tagged.colour = "red"  # type: ignore[attr-defined]  # not a field: allowed
        with pytest.raises(dataclasses.FrozenInstanceError):
            tagged.x = 2  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            del tagged.y
    assert Point.__doc__ == str(PlainPoint.__doc__).replace("PlainPoint", "Point")
    assert str(Point.__doc__).startswith("Point(x: 'int', y: 'int' = 0")  # the signature
    with pytest.raises(TypeError, match="non-default argument 'z' follows default"):

        @record
        class Broken:
            y: int = 0
            z: int

    with pytest.raises(TypeError, match="non-default argument 'z' follows default"):

        @record
        class DocumentedBroken:  # at definition too, though its constructor waits
            """Says what it is."""

            y: int = 0
            z: int


def test_constructor_bodies_set_what_dataclasses_sets() -> None:
    """Factories (also for fields left out of __init__), __post_init__ last, odd names."""

    def check(decorate: Callable[[type], type]) -> dict[str, object]:
        @decorate
        class Made:
            self: str  # a field may be called "self", as with dataclasses
            count: int = 0
            seen: list[str] = field(default_factory=list)
            log: list[str] = field(default_factory=lambda: ["made"], init=False)
            label: str = field(default="", kw_only=True)

            def __post_init__(self) -> None:
                object.__setattr__(self, "label", f"{self.self}:{self.count}:{len(self.log)}")

        made = Made("a", 2, label="x")
        other = Made("b")
        assert made.seen is not other.seen and made.log is not other.log  # fresh each time
        return dict(vars(made))

    assert (
        check(record)
        == check(dataclass(frozen=True))
        == {
            "self": "a",
            "count": 2,
            "seen": [],
            "log": ["made"],
            "label": "a:2:1",
        }
    )


def test_records_subclass_records_only() -> None:
    @dataclass
    class Plain:
        x: int = 0

    with pytest.raises(TypeError, match="subclasses records only"):

        @record
        class Mixed(Plain):
            y: int = 0


def _every_record_class() -> list[type]:
    import importlib
    import pkgutil

    import recovery_journal

    for module in pkgutil.walk_packages(recovery_journal.__path__, "recovery_journal."):
        if module.name not in ("recovery_journal.__main__",):
            importlib.import_module(module.name)
    found = {
        value
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("recovery_journal.")
        for value in vars(module).values()
        if isinstance(value, type)
        and value.__dict__.get("__setattr__") is record_module._frozen_setattr
    }
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def test_every_records_constructor_is_the_one_dataclasses_writes() -> None:
    """Each record's ``__init__`` against ``@dataclass(frozen=True)`` over the same fields."""
    classes = _every_record_class()
    assert len(classes) > 60  # all of the app's, not a few
    for cls in classes:
        specs = []
        for f in dataclasses.fields(cls):
            options: dict[str, object] = {"init": f.init, "kw_only": f.kw_only}
            if f.default is not dataclasses.MISSING:
                options["default"] = f.default
            if f.default_factory is not dataclasses.MISSING:
                options["default_factory"] = f.default_factory
            specs.append((f.name, f.type, field(**options)))  # type: ignore[call-overload]
        namespace = {"__post_init__": cls.__post_init__} if hasattr(cls, "__post_init__") else {}
        plain = dataclasses.make_dataclass(cls.__name__, specs, frozen=True, namespace=namespace)
        assert str(inspect.signature(cls)) == str(inspect.signature(plain)), cls
        assert cls.__init__.__annotations__ == plain.__init__.__annotations__, cls
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
        assert cls.__match_args__ == plain.__match_args__, cls  # type: ignore[attr-defined]


def test_an_undocumented_record_reads_only_its_own_constructors_signature(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not object's: that one is parsed from text, and the first parse compiles tokenize's
    patterns (~10 ms of start-up, for a docstring that is then replaced anyway)."""
    import inspect

    asked: list[object] = []
    signature = inspect.signature

    def spy(target: object, *args: object, **kwargs: object) -> inspect.Signature:
        asked.append(target)
        return signature(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "signature", spy)

    @record
    class Undocumented:
        a: int
        b: str = "x"

    @record
    class Documented:
        """Says what it is."""

        a: int

    assert asked == [Undocumented]
    assert "__init__" in vars(Undocumented)
    assert Undocumented.__doc__ == "Undocumented(a: 'int', b: 'str' = 'x')"
    assert Documented.__doc__ == "Says what it is."


def test_a_constructor_is_compiled_when_first_used_then_stays() -> None:
    """Defining a record compiles nothing; the first object (or a look at ``__init__``)
    compiles its constructor once, for the class and its plain subclasses alike."""
    compiled: list[str] = []
    real = record_module._constructor

    def counting(cls: type) -> Callable[..., None]:
        compiled.append(cls.__name__)
        return real(cls)

    record_module._constructor = counting
    try:

        @record
        class Reading:
            """A value and its unit."""

            value: float
            unit: str = "g"

        class Kept(Reading):
            pass

        defined = list(compiled)
        first = Kept(2.5)
        second = Reading(3.0, "mg")
        looked_up = Reading.__init__
    finally:
        record_module._constructor = real
    assert defined == []  # nothing compiled at definition
    assert compiled == ["Reading"]  # once, on first use (through the plain subclass)
    assert (first.value, first.unit, second.unit) == (2.5, "g", "mg")
    assert vars(Reading)["__init__"] is looked_up  # the compiled one replaced the stand-in
    assert str(inspect.signature(Reading)) == "(value: 'float', unit: 'str' = 'g') -> None"
