"""The product and trigger lists, through CatalogService on a real encrypted journal."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recovery_journal.domain.errors import JournalError, ValidationError
from recovery_journal.domain.models import SEED_TRIGGERS, Craving, Product, Trigger
from recovery_journal.services.access import JournalAccess, seed_new_journal
from recovery_journal.services.catalog import CatalogService
from recovery_journal.services.journal_service import JournalService
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.keys import SystemKeyring
from recovery_journal.storage.location import JournalLocation
from recovery_journal.storage.repositories import NotFoundError

BERLIN = ZoneInfo("Europe/Berlin")
MORNING = datetime(2026, 3, 2, 8, 5, tzinfo=BERLIN)


class OpenJournal:
    """A journal created with the memory keyring, which a test can close and reopen."""

    def __init__(self, data_dir: Path, keyring: SystemKeyring) -> None:
        self.access = JournalAccess(JournalLocation(data_dir), lambda: keyring)
        self.journal: Journal = self.access.create_with_keyring()
        seed_new_journal(self.journal)

    @property
    def catalog(self) -> CatalogService:
        return CatalogService(self.journal)

    @property
    def service(self) -> JournalService:
        return JournalService(self.journal, zone=BERLIN)

    def reopen(self) -> CatalogService:
        """Close the journal and open it again: what comes back was really stored."""
        self.journal.close()
        self.journal = self.access.open_with_keyring()
        return self.catalog


@pytest.fixture
def opened(data_dir: Path, memory_keyring: SystemKeyring) -> Iterator[OpenJournal]:
    journal = OpenJournal(data_dir, memory_keyring)
    try:
        yield journal
    finally:
        journal.journal.close()


@pytest.fixture
def catalog(opened: OpenJournal) -> CatalogService:
    return opened.catalog


def names(items: list[Product] | list[Trigger]) -> list[str]:
    return [item.name for item in items]


# -- products --------------------------------------------------------------------------
def test_products_are_listed_by_name_whatever_the_case(opened: OpenJournal) -> None:
    catalog = opened.catalog
    for name in ("red powder", "Green capsules", "Ärger tea", "Bali"):
        catalog.add_product(Product(name=name))
    assert names(opened.reopen().products()) == [
        "Ärger tea",
        "Bali",
        "Green capsules",
        "red powder",
    ]


def test_a_product_is_stored_with_every_value(opened: OpenJournal) -> None:
    added = opened.catalog.add_product(
        Product(
            name="Extract shot",
            form="liquid shot",
            unit="shot",
            grams_per_unit=1.5,
            high_potency=True,
            leaf_equivalent_factor=8.0,
        )
    )
    assert added.id is not None
    assert opened.reopen().products() == [added]


def test_a_duplicate_product_name_is_refused_ignoring_case(catalog: CatalogService) -> None:
    catalog.add_product(Product(name="Red powder"))
    for name in ("red POWDER", "Red powder"):
        with pytest.raises(JournalError, match="already a product called 'Red powder'"):
            catalog.add_product(Product(name=name, unit="mg"))
    catalog.add_product(Product(name="Überdosis-frei"))
    with pytest.raises(JournalError, match="already a product called"):
        catalog.add_product(Product(name="ÜBERDOSIS-FREI"))  # beyond ASCII too
    assert names(catalog.products()) == ["Red powder", "Überdosis-frei"]
    assert catalog.products()[0].unit == "g"


def test_renaming_onto_another_product_is_refused_and_nothing_changes(
    catalog: CatalogService,
) -> None:
    red = catalog.add_product(Product(name="Red powder"))
    green = catalog.add_product(Product(name="Green powder"))
    with pytest.raises(JournalError, match="already a product called 'Red powder'"):
        catalog.update_product(Product(id=green.id, uid=green.uid, name="RED powder", unit="mg"))
    assert catalog.products() == [green, red]
    # Changing only the case of its own name is fine.
    renamed = catalog.update_product(Product(id=red.id, uid=red.uid, name="RED POWDER"))
    assert names(catalog.products()) == ["Green powder", "RED POWDER"]
    assert renamed.uid == red.uid


def test_an_edit_keeps_the_product_identity(opened: OpenJournal) -> None:
    catalog = opened.catalog
    red = catalog.add_product(Product(name="Red powder"))
    catalog.update_product(
        Product(id=red.id, name="Red vein", form="capsule", unit="mg", grams_per_unit=0.5)
    )
    [stored] = opened.reopen().products()
    assert stored == Product(
        id=red.id, uid=red.uid, name="Red vein", form="capsule", unit="mg", grams_per_unit=0.5
    )


def test_invalid_values_are_refused_by_the_domain_and_nothing_is_saved(
    catalog: CatalogService,
) -> None:
    red = catalog.add_product(Product(name="Red powder"))
    with pytest.raises(ValidationError, match="grams per unit"):
        catalog.update_product(Product(id=red.id, name="Red powder", grams_per_unit=-1.0))
    with pytest.raises(ValidationError, match="product name"):
        catalog.add_product(Product(name="  "))
    assert catalog.products() == [red]


def test_a_used_product_cannot_change_to_another_kind_of_unit(opened: OpenJournal) -> None:
    service, catalog = opened.service, opened.catalog
    for hour in (8, 13):
        service.log_dose(MORNING.replace(hour=hour), 2.5, "g", product_name="Red powder")
    [red] = catalog.products()
    with pytest.raises(JournalError) as refused:
        catalog.update_product(
            Product(id=red.id, name="Red powder", form="capsule", unit="capsule")
        )
    message = str(refused.value)
    assert "'Red powder' is used by 2 logged doses measured in g" in message
    assert "cannot change to capsule" in message
    assert catalog.products() == [red]
    # Grams and milligrams are one kind of unit: that change is fine.
    assert catalog.update_product(Product(id=red.id, name="Red powder", unit="mg")).unit == "mg"


def test_a_removed_dose_still_holds_the_product_to_its_unit(opened: OpenJournal) -> None:
    """Undo can bring the dose back, so it still counts."""
    service, catalog = opened.service, opened.catalog
    dose = service.log_dose(MORNING, 2.0, "g", product_name="Red powder")
    service.delete(dose)
    [red] = catalog.products()
    with pytest.raises(JournalError, match="1 logged dose measured in g"):
        catalog.update_product(Product(id=red.id, name="Red powder", unit="shot"))


def test_an_unused_product_may_change_to_any_unit(catalog: CatalogService) -> None:
    red = catalog.add_product(Product(name="Red powder"))
    changed = catalog.update_product(Product(id=red.id, name="Red powder", unit="capsule"))
    assert catalog.products() == [changed]


def test_a_removed_product_still_names_past_doses_and_can_come_back(opened: OpenJournal) -> None:
    service, catalog = opened.service, opened.catalog
    dose = service.log_dose(MORNING, 2.5, "g", product_name="Red powder")
    assert dose.product_id is not None
    removed = catalog.remove_product(dose.product_id)
    assert removed.name == "Red powder"
    assert catalog.products() == []
    assert opened.service.product_map()[dose.product_id].name == "Red powder"
    with pytest.raises(NotFoundError, match="no longer on the list"):
        catalog.update_product(dataclasses.replace(removed, name="Red"))

    restored = catalog.restore_product(dose.product_id)
    assert opened.reopen().products() == [restored]


def test_a_removed_name_can_be_used_again_but_then_not_restored(catalog: CatalogService) -> None:
    old = catalog.add_product(Product(name="Red powder"))
    assert old.id is not None
    catalog.remove_product(old.id)
    new = catalog.add_product(Product(name="red powder", unit="mg"))
    with pytest.raises(JournalError, match="already a product called 'red powder'"):
        catalog.restore_product(old.id)
    assert catalog.products() == [new]


def test_the_journal_service_adds_products_by_the_same_rules(opened: OpenJournal) -> None:
    service = opened.service
    service.add_product(Product(name="Red powder"))
    with pytest.raises(JournalError, match="already a product called 'Red powder'"):
        service.add_product(Product(name="RED POWDER"))
    assert names(opened.catalog.products()) == ["Red powder"]


# -- triggers --------------------------------------------------------------------------
def test_a_new_journal_has_the_seeded_triggers_sorted(catalog: CatalogService) -> None:
    assert names(catalog.triggers()) == sorted(SEED_TRIGGERS, key=str.casefold)
    assert all(t.coping_plan == "" and t.notes == "" for t in catalog.triggers())


def test_a_trigger_keeps_its_plan_and_notes(opened: OpenJournal) -> None:
    added = opened.catalog.add_trigger(
        Trigger(
            name="Evenings alone",
            coping_plan="If I feel bored in the evening, then I will call Sam.",
            notes="Worst on Sundays.\nTea helped last time.",
        )
    )
    [stored] = [t for t in opened.reopen().triggers() if t.name == "Evenings alone"]
    assert stored == added


def test_editing_a_trigger_changes_name_plan_and_notes(opened: OpenJournal) -> None:
    [boredom] = [t for t in opened.catalog.triggers() if t.name == "boredom"]
    opened.catalog.update_trigger(
        Trigger(id=boredom.id, name="Boredom at night", coping_plan="walk", notes="since May")
    )
    [stored] = [t for t in opened.reopen().triggers() if t.id == boredom.id]
    assert (stored.name, stored.coping_plan, stored.notes, stored.uid) == (
        "Boredom at night",
        "walk",
        "since May",
        boredom.uid,
    )


def test_a_duplicate_trigger_name_is_refused(catalog: CatalogService) -> None:
    before = catalog.triggers()
    with pytest.raises(JournalError, match="already a trigger called 'stress'"):
        catalog.add_trigger(Trigger(name="Stress"))
    [pain] = [t for t in before if t.name == "pain"]
    with pytest.raises(JournalError, match="already a trigger called 'stress'"):
        catalog.update_trigger(Trigger(id=pain.id, name="STRESS"))
    assert catalog.triggers() == before


def test_notes_are_validated_like_every_text(catalog: CatalogService) -> None:
    with pytest.raises(ValidationError, match="notes"):
        catalog.add_trigger(Trigger(name="Work", notes="bell \x07"))
    assert "Work" not in names(catalog.triggers())


def test_a_removed_trigger_keeps_its_cravings_and_can_come_back(opened: OpenJournal) -> None:
    service, catalog = opened.service, opened.catalog
    [stress] = [t for t in catalog.triggers() if t.name == "stress"]
    assert stress.id is not None
    craving = service.log(Craving(at=MORNING, intensity=6, trigger_ids=(stress.id,)))
    catalog.remove_trigger(stress.id)
    assert "stress" not in names(catalog.triggers())
    assert catalog.trigger_map()[stress.id].name == "stress"
    assert service.entries(Craving) == [craving]

    catalog.restore_trigger(stress.id)
    assert "stress" in names(opened.reopen().triggers())
