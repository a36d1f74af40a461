"""Validation in one place: random input either passes or is a ValidationError — nothing else.

Hypothesis feeds random text and numbers to every parser and checker in
domain/validation.py and domain/timeutil.py, random field values (of the right type and
of any JSON-ish type, as an import file could hold) to every domain dataclass, valid
entries through the service into a real SQLCipher journal, and random raw text through the
command line into a passphrase journal. Explicit cases pin down daylight-saving times,
impossible amounts, over-long and control-character text, and emoji/RTL round trips.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from recovery_journal.domain.errors import ValidationError
from recovery_journal.domain.models import (
    CRAVING_OUTCOMES,
    SUBSTANCE_KINDS,
    Craving,
    Dose,
    Entry,
    MedicationTaken,
    MoodCheckin,
    Product,
    Questionnaire,
    SelfReflection,
    SleepEntry,
    SowsRating,
    SubstanceUse,
    Trigger,
    TriggerNote,
)
from recovery_journal.domain.scales import SELF_REFLECTION_QUESTIONS
from recovery_journal.domain.timeutil import parse_clock, parse_date, parse_time
from recovery_journal.domain.units import FORMS, UNITS
from recovery_journal.domain.validation import (
    check_choice,
    check_int,
    check_name,
    check_number,
    check_positive,
    check_scores,
    check_text,
    parse_int,
    parse_int_list,
    parse_number,
)
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import Journal, create_journal, open_journal
from recovery_journal.storage.keys import KeySource
from recovery_journal.storage.location import JournalLocation
from recovery_journal.storage.mapping import to_row
from tests.conftest import PASSPHRASE, run_cli

BERLIN = ZoneInfo("Europe/Berlin")
FAST = settings(max_examples=150, deadline=None, database=None)
MEDIUM = settings(max_examples=100, deadline=None, database=None)
# Every CLI run derives the passphrase key (~0.2 s), so the CLI properties run fewer examples.
CLI = settings(
    max_examples=15,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


# -- strategies ----------------------------------------------------------------------------
def huge_ints() -> st.SearchStrategy[int]:
    return st.integers(min_value=10**300, max_value=10**400) | st.integers(
        min_value=-(10**400), max_value=-(10**300)
    )


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    huge_ints(),
    st.floats(),
    st.text(max_size=8),
)
# What an import file (or a careless caller) could put in any field.
junk = st.one_of(
    json_scalars,
    st.lists(json_scalars, max_size=4),
    st.dictionaries(st.text(max_size=3), json_scalars, max_size=2),
    st.binary(max_size=4),
)

fixed_offsets = st.integers(-(23 * 60 + 59), 23 * 60 + 59).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
zones = st.one_of(st.none(), st.just(UTC), st.just(BERLIN), st.timezones(), fixed_offsets)
moments = st.datetimes(
    min_value=datetime(1850, 1, 1), max_value=datetime(2250, 12, 31), timezones=zones
)
aware_moments = st.datetimes(
    min_value=datetime(1901, 1, 1),
    max_value=datetime(2199, 12, 31),
    timezones=st.one_of(st.just(BERLIN), st.just(UTC), fixed_offsets),
)


def mostly(
    valid: st.SearchStrategy[Any], *invalid: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    """About 4 draws in 5 from ``valid``, the rest from ``invalid``: both paths get exercised."""
    other = st.one_of(*invalid)
    return st.integers(0, 4).flatmap(lambda n: other if n == 4 else valid)


long_text = st.integers(9_990, 10_010).map(lambda n: "n" * n)
storable_chars = st.characters(exclude_categories=("Cc", "Cs", "Co", "Cn")) | st.sampled_from(
    "\n\t"
)
clean_text = st.text(storable_chars, max_size=40)
texts = mostly(clean_text, st.text(max_size=10), long_text)
clean_names = st.text(storable_chars, min_size=1, max_size=12).map(lambda t: t.strip() or "x")
names = mostly(
    clean_names,
    st.text(max_size=12),
    st.text(storable_chars, min_size=78, max_size=82),
    st.sampled_from(["  x", "a\nb", "", " ", "x\t"]),
)
numbers = mostly(
    st.floats(min_value=0.001, max_value=100_000),
    st.floats(),
    st.integers(-10, 200_000),
    huge_ints(),
)
typed_moments = mostly(aware_moments, moments)
scores_0_10 = mostly(st.integers(0, 10), st.integers(-2, 12))
out_of_range = st.sampled_from([-1, 5, 99, 2.0, True, None, "1"])
ids = mostly(st.none() | st.integers(1, 10), st.integers(-2, 15))  # seeded triggers are 1..10


def tuples_of(
    valid: st.SearchStrategy[Any], size: int, invalid: st.SearchStrategy[Any]
) -> st.SearchStrategy[Any]:
    """Mostly ``size`` valid items as a tuple; or a list (as JSON gives it), one bad item,
    or the wrong number of items."""
    exact = st.lists(valid, min_size=size, max_size=size)
    one_bad = st.tuples(exact, st.integers(0, size - 1), invalid).map(
        lambda t: (*t[0][: t[1]], t[2], *t[0][t[1] + 1 :])
    )
    return mostly(exact.map(tuple), exact, one_bad, st.lists(valid, max_size=size + 2).map(tuple))


def entry_fields(**specific: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"at": typed_moments, "note": texts, "for_clinician": st.booleans(), **specific}
    )


def seconds(usual: tuple[int, int], unusual: tuple[int, int]) -> st.SearchStrategy[timedelta]:
    return mostly(st.integers(*usual), st.integers(*unusual)).map(lambda n: timedelta(seconds=n))


@st.composite
def sleep_fields(draw: st.DrawFn) -> dict[str, Any]:
    """Mostly-plausible nights, so valid ones are common and the order rules get exercised."""
    into_bed = draw(aware_moments)
    tried = into_bed + draw(seconds((0, 2 * 3600), (-300, 59)))
    final_wake = tried + draw(seconds((3600, 14 * 3600), (-300, 3600)))
    out_of_bed = final_wake + draw(seconds((0, 2 * 3600), (-300, 59)))
    minutes = mostly(st.integers(0, 60), st.integers(-1, 24 * 60 + 1))
    return {
        "night": draw(mostly(st.just(into_bed.date()), st.dates())),
        "into_bed": into_bed,
        "tried_sleep": tried,
        "final_wake": final_wake,
        "at": out_of_bed,
        "latency_min": draw(minutes),
        "awakenings": draw(mostly(st.integers(0, 5), st.integers(-1, 101))),
        "awake_min": draw(minutes),
        "quality": draw(mostly(st.integers(1, 5), st.integers(-1, 7))),
        "note": draw(texts),
        "for_clinician": draw(st.booleans()),
    }


# Values of the right type for every field (valid or not: out of range, naive, too long…).
TYPED_FIELDS: dict[type, st.SearchStrategy[dict[str, Any]]] = {
    Dose: entry_fields(
        amount=numbers,
        unit=mostly(st.sampled_from(UNITS), st.text(max_size=4)),
        product_id=mostly(st.none() | st.integers(1, 2), st.integers(-2, 5)),
        trigger_ids=tuples_of(st.integers(1, 12), 2, st.integers(-1, 0)),
    ),
    Craving: entry_fields(
        intensity=scores_0_10,
        duration_min=st.none() | st.integers(-3, 1_500),
        coping=texts,
        outcome=st.none() | st.sampled_from(CRAVING_OUTCOMES),
        used_amount=st.none() | numbers,
        used_unit=st.none() | st.sampled_from(UNITS),
        trigger_ids=tuples_of(st.integers(1, 12), 2, st.integers(-1, 0)),
    ),
    MoodCheckin: entry_fields(
        mood=scores_0_10, anxiety=scores_0_10, energy=scores_0_10, pain=scores_0_10
    ),
    SleepEntry: sleep_fields(),
    SowsRating: entry_fields(scores=tuples_of(st.integers(0, 4), 16, out_of_range)),
    Questionnaire: st.one_of(
        entry_fields(kind=st.just("phq9"), answers=tuples_of(st.integers(0, 3), 9, out_of_range)),
        entry_fields(kind=st.just("gad7"), answers=tuples_of(st.integers(0, 3), 7, out_of_range)),
        entry_fields(
            kind=st.text(max_size=5), answers=tuples_of(st.integers(0, 3), 7, out_of_range)
        ),
    ),
    SubstanceUse: entry_fields(
        kind=mostly(st.sampled_from(SUBSTANCE_KINDS), st.text(max_size=5)), amount=texts
    ),
    MedicationTaken: entry_fields(name=names, dose=texts),
    TriggerNote: entry_fields(what_happened=texts, trigger_id=ids, if_then_plan=texts),
    SelfReflection: entry_fields(
        answers=tuples_of(st.booleans(), len(SELF_REFLECTION_QUESTIONS), st.integers(0, 1))
    ),
    Product: st.fixed_dictionaries(
        {
            "name": names,
            "form": mostly(st.sampled_from(FORMS), st.text(max_size=4)),
            "unit": mostly(st.sampled_from(UNITS), st.text(max_size=4)),
            "grams_per_unit": st.none() | numbers,
            "high_potency": st.booleans(),
            "leaf_equivalent_factor": st.none() | numbers,
        }
    ),
    Trigger: st.fixed_dictionaries({"name": names, "coping_plan": texts, "notes": texts}),
}
ENTRY_CLASSES = [cls for cls in TYPED_FIELDS if issubclass(cls, Entry)]


@st.composite
def any_fields(draw: st.DrawFn, cls: type) -> dict[str, Any]:
    """Typed field values, sometimes with one field swapped for anything at all."""
    fields = draw(TYPED_FIELDS[cls], label="typed fields")
    if draw(st.booleans(), label="one wild field"):
        name = draw(st.sampled_from(sorted(fields)), label="wild")
        fields[name] = draw(junk, label=name)
    return fields


def construct(cls: type, fields: dict[str, Any]) -> Any | None:
    """The object, or None when validation refused it; any other exception fails the test."""
    try:
        return cls(**fields)
    except ValidationError as error:
        assert error.field and error.message
        return None


def derived_figures(obj: Any) -> tuple[Any, ...]:
    """What screens and reports compute from an entry: must work for every valid one."""
    if isinstance(obj, SleepEntry):
        assert 0 <= obj.total_sleep_min <= obj.time_in_bed_min <= 24 * 60
        assert 0.0 <= obj.efficiency_pct <= 100.0
        return (obj.time_in_bed_min, obj.total_sleep_min, obj.efficiency_pct)
    if isinstance(obj, SowsRating | Questionnaire):
        flag = obj.self_harm_flag if isinstance(obj, Questionnaire) else False
        return (obj.total, flag)
    if isinstance(obj, SelfReflection):
        return (obj.count,)
    return ()


# -- parsers: text a person typed -------------------------------------------------------
number_like = st.from_regex(r"\A\s?[+-]?[0-9]{0,7}([.,][0-9]{0,4})?([eE][+-]?[0-9]{1,4})?\s?\Z")
int_like = st.from_regex(r"\A\s?[+-]{0,2}[0-9]{0,14}\s?\Z")
typed_text = st.one_of(
    st.text(max_size=20),
    number_like,
    st.sampled_from(["nan", "NaN", "inf", "-inf", "1e999", "1_000", "٣", "１２", "0x10", "--5"]),
)


@FAST
@given(text=typed_text, decimal_point=st.sampled_from([".", ","]))
def test_parse_number_gives_a_finite_number_in_range_or_a_validation_error(
    text: str, decimal_point: str
) -> None:
    try:
        value = parse_number(text, "amount", 0.0, 100_000.0, decimal_point)
    except ValidationError as error:
        assert error.field == "amount"
        return
    assert isinstance(value, float) and math.isfinite(value)
    assert 0.0 <= value <= 100_000.0


@FAST
@given(value=st.floats(min_value=0, max_value=100_000), decimal_point=st.sampled_from([".", ","]))
def test_parse_number_reads_back_a_typed_number(value: float, decimal_point: str) -> None:
    typed = repr(value).replace(".", decimal_point)
    assert parse_number(f" {typed} ", "amount", 0.0, 100_000.0, decimal_point) == value


@pytest.mark.parametrize(
    ("typed", "decimal_point", "expected"),
    [("2.5", ".", 2.5), ("2,5", ",", 2.5), ("2.5", ",", 2.5), ("1\u00a0000", ".", 1000.0)],
)
def test_parse_number_accepts_the_locale_decimal_point(
    typed: str, decimal_point: str, expected: float
) -> None:
    assert parse_number(typed, "amount", 0, 100_000, decimal_point) == expected


@pytest.mark.parametrize("typed", ["1.500", "12.000", "1.000.000", "-2.250"])
def test_a_point_before_three_digits_is_refused_on_a_comma_locale(typed: str) -> None:
    # 1500 mg or 1.5 g? A guess could be a thousand times off.
    with pytest.raises(ValidationError, match="unclear"):
        parse_number(typed, "amount", -100_000, 100_000, ",")
    assert parse_number(typed.replace(".", ""), "amount", -100_000, 10**7, ",") == float(
        typed.replace(".", "")
    )


@pytest.mark.parametrize("typed", ["2,5", "1.000,5", "2.5.1"])
def test_a_comma_is_not_a_decimal_point_on_a_point_locale(typed: str) -> None:
    with pytest.raises(ValidationError, match="not a number"):
        parse_number(typed, "amount", 0, 100_000, ".")


@FAST
@given(text=st.one_of(typed_text, int_like), low=st.integers(-5, 5), span=st.integers(0, 50))
def test_parse_int_gives_a_whole_number_in_range_or_a_validation_error(
    text: str, low: int, span: int
) -> None:
    try:
        value = parse_int(text, "intensity", low, low + span)
    except ValidationError as error:
        assert error.field == "intensity"
        return
    assert type(value) is int and low <= value <= low + span
    assert value == int(text.strip())


@pytest.mark.parametrize("typed", ["+-5", "-+5", "--5", "++5", "+", "-", "5-", "1 2"])
def test_parse_int_refuses_malformed_signs(typed: str) -> None:
    with pytest.raises(ValidationError, match="not a whole number"):
        parse_int(typed, "intensity", -10, 10)


@FAST
@given(
    text=st.one_of(
        st.text(max_size=30),
        st.lists(st.one_of(int_like, st.integers(-2, 6).map(str)), max_size=18).map(",".join),
    ),
    count=st.integers(1, 16),
)
def test_parse_int_list_gives_exactly_count_answers_or_a_validation_error(
    text: str, count: int
) -> None:
    try:
        values = parse_int_list(text, "--scores", count, 0, 4)
    except ValidationError as error:
        assert error.field.startswith("--scores")
        return
    assert len(values) == count and all(type(v) is int and 0 <= v <= 4 for v in values)


@FAST
@given(values=st.lists(st.integers(0, 3), min_size=1, max_size=16))
def test_parse_int_list_reads_back_typed_answers(values: list[int]) -> None:
    typed = ", ".join(str(v) for v in values)
    assert parse_int_list(typed, "--answers", len(values), 0, 3) == tuple(values)


time_like = st.one_of(
    st.text(max_size=30),
    moments.map(lambda m: m.isoformat()),
    moments.map(lambda m: m.isoformat(sep=" ", timespec="minutes")),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?\Z"),
)


@FAST
@given(text=time_like)
def test_parse_time_gives_an_aware_time_or_a_validation_error(text: str) -> None:
    try:
        value = parse_time(text, "--at", BERLIN)
    except ValidationError as error:
        assert error.field == "--at"
        return
    assert value.utcoffset() is not None
    assert 1900 <= value.year <= 2200
    assert value.astimezone(UTC).astimezone(BERLIN).year > 0  # can be stored and shown


@FAST
@given(moment=st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2199, 12, 31)))
def test_parse_time_reads_a_local_time_as_berlin_wall_clock(moment: datetime) -> None:
    first = moment.replace(tzinfo=BERLIN, fold=0)
    second = moment.replace(tzinfo=BERLIN, fold=1)
    # PEP 495: in a gap fold=0 has the earlier (smaller) offset, in a repeat the larger one.
    skipped = first.utcoffset() < second.utcoffset()  # type: ignore[operator]
    try:
        parsed = parse_time(moment.isoformat(), "--at", BERLIN)
    except ValidationError as error:
        assert skipped, error
        return
    assert not skipped
    assert parsed.astimezone(BERLIN).replace(tzinfo=None) == moment
    assert parsed.utcoffset() == first.utcoffset()  # a repeated time is its first occurrence


@FAST
@given(text=st.one_of(st.text(max_size=12), st.dates().map(date.isoformat)))
def test_parse_date_gives_a_date_or_a_validation_error(text: str) -> None:
    try:
        value = parse_date(text, "--night")
    except ValidationError as error:
        assert error.field == "--night"
        return
    assert isinstance(value, date) and 1900 <= value.year <= 2200


@FAST
@given(
    text=st.one_of(
        st.text(max_size=10),
        st.times().map(time.isoformat),
        st.times(timezones=fixed_offsets).map(time.isoformat),
        st.from_regex(r"\A[0-9]{1,2}:[0-9]{1,2}\Z"),
    )
)
def test_parse_clock_gives_a_wall_clock_minute_or_a_validation_error(text: str) -> None:
    try:
        value = parse_clock(text, "--into-bed")
    except ValidationError as error:
        assert error.field == "--into-bed"
        return
    assert value.tzinfo is None
    assert value.second == 0 and value.microsecond == 0


# -- checkers: values already in a domain object -----------------------------------------
@FAST
@given(value=st.one_of(junk, texts, names), max_chars=st.integers(0, 100))
def test_check_text_and_check_name_pass_or_raise_validation_error(
    value: Any, max_chars: int
) -> None:
    for check in (check_text, check_name):
        try:
            result = check(value, "note", max_chars)
        except ValidationError:
            continue
        assert result == value and isinstance(result, str) and len(result) <= max_chars


def passes(check: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
    """(True, result) when the check accepts; (False, None) for a ValidationError."""
    try:
        return True, check(*args)
    except ValidationError:
        return False, None


@FAST
@given(value=st.one_of(junk, numbers), low=st.integers(-5, 5), span=st.integers(0, 1000))
def test_number_checks_pass_or_raise_validation_error(value: Any, low: int, span: int) -> None:
    high = low + span
    accepted, result = passes(check_number, value, "amount", low, high)
    if accepted:
        assert type(result) is float and math.isfinite(result) and low <= result <= high
    accepted, result = passes(check_positive, value, "amount", high)
    if accepted:
        assert type(result) is float and 0 < result <= high
    accepted, result = passes(check_int, value, "amount", low, high)
    if accepted:
        assert type(result) is int and low <= result <= high
    accepted, result = passes(check_choice, value, "unit", ("g", "mg"))
    if accepted:
        assert result in ("g", "mg")
    accepted, _ = passes(check_scores, value, "SOWS", 3, 0, 4)
    if accepted:
        assert len(value) == 3 and all(type(v) is int and 0 <= v <= 4 for v in value)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, -1.0, 0.0, -0.0, 100_000.5])
def test_impossible_amounts_are_rejected(bad: float) -> None:
    at = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)
    with pytest.raises(ValidationError, match="amount"):
        Dose(at=at, amount=bad, unit="g")
    with pytest.raises(ValidationError, match="amount"):
        Craving(at=at, intensity=5, outcome="used", used_amount=bad, used_unit="g")
    with pytest.raises(ValidationError, match="grams per unit"):
        Product(name="Capsules", unit="capsule", grams_per_unit=bad)


@pytest.mark.parametrize("typed", ["nan", "inf", "-inf", "-1", "0", "1e6", "1e400", "99999999"])
def test_impossible_typed_amounts_are_rejected(typed: str) -> None:
    with pytest.raises(ValidationError):
        Dose(
            at=datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN),
            amount=parse_number(typed, "amount", 0, 100_000),
            unit="g",
        )


def test_a_huge_whole_number_amount_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="amount"):
        Dose(at=datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN), amount=10**400, unit="g")


# -- domain dataclasses ----------------------------------------------------------------
@pytest.mark.parametrize("cls", list(TYPED_FIELDS), ids=lambda cls: cls.__name__)
@MEDIUM
@given(data=st.data())
def test_every_dataclass_either_builds_or_raises_validation_error(
    cls: type, data: st.DataObject
) -> None:
    fields = data.draw(any_fields(cls), label="fields")
    obj = construct(cls, fields)
    if obj is None:
        return
    derived_figures(obj)
    if isinstance(obj, Entry):
        assert obj.at.utcoffset() is not None and 1900 <= obj.at.year <= 2200
        assert isinstance(obj.note, str) and len(obj.note) <= 10_000
    # Editing goes through the same validation (dataclasses.replace re-runs it).
    assert replace(obj) == obj


# -- through the service into a real journal: nothing invalid is stored -----------------
@pytest.fixture
def raw_key_journal(tmp_path: Path) -> Iterator[Journal]:
    journal = create_journal(JournalLocation(tmp_path / "journal"), KeySource.new_random())
    service = JournalService(journal, zone=BERLIN)
    service.seed_triggers()  # trigger ids 1..10 exist
    service.add_product(Product(name="Red powder", unit="g"))
    service.add_product(Product(name="Green capsules", form="capsule", unit="capsule"))
    try:
        yield journal
    finally:
        journal.close()


def stored_form(entry: Any) -> dict[str, Any]:
    row = to_row(entry)
    row["trigger_ids"] = tuple(sorted(set(getattr(entry, "trigger_ids", ()) or ())))
    return row


@pytest.mark.parametrize("cls", ENTRY_CLASSES, ids=lambda cls: cls.__name__)
@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_the_service_stores_valid_entries_exactly_and_refuses_the_rest(
    raw_key_journal: Journal, cls: type, data: st.DataObject
) -> None:
    service = JournalService(raw_key_journal, zone=BERLIN)
    entry = construct(cls, data.draw(any_fields(cls), label="fields"))
    if entry is None:
        return
    before = service.entry_count()
    try:
        saved = service.log(entry)
    except ValidationError:
        assert service.entry_count() == before
        return
    assert service.entry_count() == before + 1
    read_back = service.repo(cls).get(saved.id)
    assert stored_form(read_back) == stored_form(entry)
    assert read_back.id == saved.id


# -- explicit cases --------------------------------------------------------------------
def test_a_local_time_skipped_by_daylight_saving_is_an_error() -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        parse_time("2026-03-29T02:30", "--at", BERLIN)
    assert parse_time("2026-03-29T03:00", "--at", BERLIN).utcoffset() == timedelta(hours=2)
    assert parse_time("2026-03-29T01:59", "--at", BERLIN).utcoffset() == timedelta(hours=1)


def test_a_repeated_local_time_means_its_first_occurrence() -> None:
    parsed = parse_time("2026-10-25T02:30", "--at", BERLIN)
    assert parsed.utcoffset() == timedelta(hours=2)
    assert parsed.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_an_explicit_offset_is_kept() -> None:
    parsed = parse_time("2026-10-25T02:30+01:00", "--at", BERLIN)
    assert parsed.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize("typed", ["0001-01-01T00:30", "9999-12-31T23:59", "1899-12-31T23:00"])
def test_times_outside_the_supported_years_are_validation_errors(typed: str) -> None:
    with pytest.raises(ValidationError, match="1900 and 2200"):
        parse_time(typed, "--at", BERLIN)


@pytest.mark.parametrize("typed", ["0001-01-01", "9999-12-31"])
def test_dates_outside_the_supported_years_are_validation_errors(typed: str) -> None:
    with pytest.raises(ValidationError, match="1900 and 2200"):
        parse_date(typed, "--night")


def test_a_clock_time_with_an_offset_is_not_a_wall_clock_time() -> None:
    with pytest.raises(ValidationError, match="not a time like"):
        parse_clock("23:00+01:00", "--into-bed")


def test_a_night_shorter_than_a_minute_is_refused_not_a_crash() -> None:
    """Sleep efficiency divides by the time in bed; under a minute it would divide by zero."""
    into_bed = datetime(2026, 3, 1, 22, 0, tzinfo=BERLIN)
    with pytest.raises(ValidationError, match="out of bed"):
        SleepEntry(
            night=into_bed.date(),
            into_bed=into_bed,
            tried_sleep=into_bed,
            final_wake=into_bed + timedelta(seconds=30),
            at=into_bed + timedelta(seconds=40),
            latency_min=0,
            awakenings=0,
            awake_min=0,
            quality=3,
        )


@pytest.mark.parametrize("length", [10_001, 20_000])
def test_over_long_notes_are_rejected(length: int) -> None:
    with pytest.raises(ValidationError, match="too long"):
        Dose(at=datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN), amount=1, unit="g", note="x" * length)


@pytest.mark.parametrize(
    "bad", ["\x00", "bell\x07", "\x1b[31mred", "carriage\rreturn", "del\x7f", "\ud800", "\ufdd0"]
)
def test_control_and_unassigned_characters_are_rejected(bad: str) -> None:
    with pytest.raises(ValidationError, match="cannot be stored"):
        check_text(bad, "note")
    with pytest.raises(ValidationError):
        MedicationTaken(at=datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN), name=f"med{bad}")


WORLD_TEXT = (
    "Tag 3 🌱💪🏽 — שלום, مرحبا بك \u202bمقلوب\u202c 👩\u200d👩\u200d👧 ñandú\nline two\tok"
)


def test_emoji_and_right_to_left_text_round_trip_exactly(
    raw_key_journal: Journal,
) -> None:
    service = JournalService(raw_key_journal, zone=BERLIN)
    at = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)
    saved = service.log(MedicationTaken(at=at, name="دواء 💊 תרופה", dose="½ tab", note=WORLD_TEXT))
    read_back = service.repo(MedicationTaken).get(saved.id)
    assert read_back.note == WORLD_TEXT
    assert read_back.name == "دواء 💊 תרופה"
    assert read_back.dose == "½ tab"
    edited = service.update(replace(read_back, note=WORLD_TEXT[::-1]))
    assert service.repo(MedicationTaken).get(edited.id).note == WORLD_TEXT[::-1]


# -- raw command-line input into a passphrase journal ----------------------------------
class CliJournal(NamedTuple):
    data_dir: Path
    service: JournalService
    reader: Journal


def row_counts(journal: Journal) -> dict[str, int]:
    """Rows in every table: entries, products, triggers, links, settings."""
    tables = [r[0] for r in journal.db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: journal.db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def cli_journal(tmp_path: Path) -> Iterator[CliJournal]:
    """A passphrase journal made with ``init``, plus a reader connection kept open.

    The reader sees each CLI run's committed changes without paying for another key
    derivation per check.
    """
    data_dir = tmp_path / "journal"
    code, _, err = run_cli(
        "--data-dir", str(data_dir), "--passphrase-stdin", "init", stdin=PASSPHRASE
    )
    assert code == 0, err
    journal = open_journal(JournalLocation(data_dir), KeySource.from_passphrase(PASSPHRASE))
    try:
        yield CliJournal(data_dir, JournalService(journal, zone=BERLIN), journal)
    finally:
        journal.close()


def cli_log(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    return run_cli(
        "--data-dir", str(data_dir), "--passphrase-stdin", "log", *argv, stdin=PASSPHRASE + "\n"
    )


def expected_moment(text: str) -> datetime | None:
    """What the design says ``--at text`` means, worked out independently."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        first = parsed.replace(tzinfo=BERLIN, fold=0)
        second = parsed.replace(tzinfo=BERLIN, fold=1)
        if first.utcoffset() < second.utcoffset():  # type: ignore[operator]  # a DST gap
            return None
        parsed = first
    if not 1900 <= parsed.year <= 2200:
        return None
    latest = datetime.now(UTC) + timedelta(minutes=5)
    return parsed if parsed <= latest else None  # entries may be back-dated, never future


def same_moment(stored: datetime, expected: datetime | None) -> bool:
    """The same instant, shown with the same UTC offset (PEP 495 makes == unreliable here)."""
    assert expected is not None
    return (stored.astimezone(UTC), stored.utcoffset()) == (
        expected.astimezone(UTC),
        expected.utcoffset(),
    )


DECIMAL = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


def expected_amount(text: str) -> float | None:
    """A plain decimal (spaces around and between digits ignored), 0 < amount <= 100000."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not DECIMAL.fullmatch(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) and 0 < value <= 100_000 else None


cli_times = st.one_of(
    st.datetimes(min_value=datetime(1890, 1, 1), max_value=datetime(2210, 1, 1)).map(
        lambda m: m.isoformat(timespec="minutes")
    ),
    aware_moments.map(lambda m: m.isoformat()),
    st.sampled_from(
        ["2026-03-29T02:30", "2026-10-25T02:30", "0001-01-01T00:30", "9999-12-31T23:59"]
    ),
    st.text(max_size=16),
)
cli_amounts = st.one_of(
    st.floats(min_value=-1, max_value=200_000).map(repr),
    number_like,
    st.sampled_from(["nan", "inf", "-0", "1e400", "2,5", "0", "100000", "100000.01"]),
    st.text(max_size=8),
)
cli_notes = st.one_of(
    st.just(""), st.text(max_size=30), st.sampled_from([WORLD_TEXT, "x" * 10_001])
)


def assert_refused(code: int, out: str, err: str, cli: CliJournal, before: dict[str, int]) -> None:
    """Refused: non-zero exit, a message on stderr, nothing on stdout, no row added anywhere."""
    assert code != 0
    assert "error:" in err
    assert out == ""
    assert row_counts(cli.reader) == before


@CLI
@given(at=cli_times, amount=cli_amounts, unit=st.sampled_from(UNITS), note=cli_notes)
@example(at="2026-03-29T02:30", amount="2.5", unit="g", note="")
@example(at="2026-10-25T02:30", amount="2.5", unit="g", note=WORLD_TEXT)
@example(at="2026-03-02T08:00", amount="nan", unit="g", note="")
@example(at="0001-01-01T00:30", amount="1", unit="g", note="")
def test_cli_log_dose_stores_exactly_what_was_typed_or_refuses(
    cli_journal: CliJournal, at: str, amount: str, unit: str, note: str
) -> None:
    data_dir, service, reader = cli_journal
    before, counts = service.entry_count(), row_counts(reader)
    code, out, err = cli_log(
        data_dir, "dose", f"--at={at}", f"--amount={amount}", f"--unit={unit}", f"--note={note}"
    )
    moment, value = expected_moment(at), expected_amount(amount)
    if code != 0:
        assert_refused(code, out, err, cli_journal, counts)
        return
    assert err == ""
    assert moment is not None and value is not None, (at, amount)
    assert service.entry_count() == before + 1
    dose = max(service.entries(Dose), key=lambda d: d.id)
    assert out == f"Logged dose {dose.id}.\n"
    assert same_moment(dose.at, moment)
    assert (dose.amount, dose.unit, dose.note) == (value, unit, note)


past_moments = st.datetimes(
    min_value=datetime(1901, 1, 1),
    max_value=datetime(2025, 12, 31),
    timezones=st.one_of(st.just(BERLIN), st.just(UTC), fixed_offsets),
)
well_formed_times = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2025, 12, 31)).map(
        lambda m: m.isoformat(sep=" " if m.second % 2 else "T", timespec="minutes")
    ),
    past_moments.map(lambda m: m.isoformat()),
)
well_formed_amounts = st.one_of(
    st.floats(min_value=0.001, max_value=100_000).map(repr),
    st.integers(1, 100_000).map(lambda n: f"  {n} "),
    st.decimals(min_value="0.01", max_value="99999", places=2).map(str),
)


@CLI
@given(at=well_formed_times, amount=well_formed_amounts)
def test_cli_accepts_every_well_formed_dose(cli_journal: CliJournal, at: str, amount: str) -> None:
    """The converse: whatever the design says is valid is stored, nothing is refused wrongly."""
    moment, value = expected_moment(at), expected_amount(amount)
    assume(moment is not None and value is not None)  # only a DST gap is filtered out
    data_dir, service, _ = cli_journal
    code, _, err = cli_log(data_dir, "dose", f"--at={at}", f"--amount={amount}", "--unit=g")
    assert code == 0, err
    dose = max(service.entries(Dose), key=lambda d: d.id)
    assert same_moment(dose.at, moment) and dose.amount == value


score_text = st.one_of(st.integers(-2, 12).map(str), int_like, st.text(max_size=4))


@st.composite
def cli_entries(draw: st.DrawFn) -> tuple[type, list[str], Callable[[Any], bool]]:
    """A random `log` command: (kind, arguments, a check that it was stored as typed)."""
    at = draw(st.one_of(st.just("2026-03-02T08:05"), cli_times))
    kind = draw(st.sampled_from(["craving", "mood", "sows", "phq9", "medication", "substance"]))
    if kind == "craving":
        intensity = draw(score_text)
        trigger = draw(st.one_of(st.just("stress"), names))
        args = [f"--at={at}", f"--intensity={intensity}", f"--trigger={trigger}"]
        return Craving, args, lambda e: e.intensity == int(intensity) and len(e.trigger_ids) == 1
    if kind == "mood":
        scores = [draw(score_text) for _ in range(4)]
        args = [f"--at={at}"] + [
            f"--{n}={s}" for n, s in zip(("mood", "anxiety", "energy", "pain"), scores, strict=True)
        ]
        return (
            MoodCheckin,
            args,
            lambda e: [e.mood, e.anxiety, e.energy, e.pain] == [int(s) for s in scores],
        )
    if kind in ("sows", "phq9"):
        size, high = (16, 4) if kind == "sows" else (9, 3)
        values = draw(st.lists(score_text, min_size=size - 1, max_size=size + 1))
        option = "--scores" if kind == "sows" else "--answers"
        cls = SowsRating if kind == "sows" else Questionnaire
        field = "scores" if kind == "sows" else "answers"
        return (
            cls,
            [f"--at={at}", f"{option}={','.join(values)}"],
            lambda e: (
                list(getattr(e, field)) == [int(v) for v in values]
                and all(0 <= int(v) <= high for v in values)
            ),
        )
    if kind == "medication":
        name = draw(names)
        return MedicationTaken, [f"--at={at}", f"--name={name}"], lambda e: e.name == name.strip()
    amount_text = draw(cli_notes)
    kind_word = draw(st.sampled_from([*SUBSTANCE_KINDS]))
    return (
        SubstanceUse,
        [
            f"--at={at}",
            f"--kind={kind_word}",
            f"--amount={amount_text}",
        ],
        lambda e: (e.kind, e.amount) == (kind_word, amount_text),
    )


@CLI
@given(command=cli_entries())
def test_cli_log_other_kinds_store_exactly_what_was_typed_or_refuse(
    cli_journal: CliJournal, command: tuple[type, list[str], Any]
) -> None:
    cls, args, stored_as_typed = command
    data_dir, service, reader = cli_journal
    before, counts = service.entry_count(), row_counts(reader)
    kind = {
        Craving: "craving",
        MoodCheckin: "mood",
        SowsRating: "sows",
        Questionnaire: "phq9",
        MedicationTaken: "medication",
        SubstanceUse: "substance",
    }[cls]
    code, out, err = cli_log(data_dir, kind, *args)
    if code != 0:
        assert_refused(code, out, err, cli_journal, counts)
        return
    assert err == ""
    assert service.entry_count() == before + 1
    newest = max(service.entries(cls), key=lambda e: e.id)
    assert out == f"Logged {kind} {newest.id}.\n"
    assert stored_as_typed(newest), (args, newest)
    assert same_moment(newest.at, expected_moment(args[0].removeprefix("--at=")))
