"""The product and trigger lists the user manages: one transaction per change.

Removing is a soft delete: past doses and cravings keep showing the name, and
the item can be restored. Names are unique on the list, ignoring case.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Generic, TypeVar

from recovery_journal.domain.errors import JournalError
from recovery_journal.domain.models import Product, Trigger
from recovery_journal.domain.units import unit_family
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.repositories import NamedRepository

T = TypeVar("T", Product, Trigger)


def _sort_key(name: str) -> tuple[str, str]:
    """Alphabetical as a reader expects: case and accents aside ("Ärger" next to "Angst")."""
    folded = name.casefold()
    base = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return base, folded


class _NamedList(Generic[T]):
    """Add, edit, remove and restore on one named list; ``kind`` names it in messages."""

    def __init__(self, journal: Journal, repo: NamedRepository, kind: str) -> None:
        self._journal = journal
        self.repo = repo
        self.kind = kind

    def live(self) -> list[T]:
        items: list[T] = self.repo.all()
        return sorted(items, key=lambda item: (_sort_key(item.name), item.id or 0))

    def add(self, item: T) -> T:
        if item.id is not None:
            raise ValueError(f"add needs a new {self.kind}, not a saved one")
        with self._journal.transaction():
            self._check_unique(item)
            added: T = self.repo.add(item)
            return added

    def saved(self, item_id: int) -> T:
        """The item as it is on the list now (a removed one is an error)."""
        found: T = self.repo.get(item_id)
        return found

    def update(self, item: T, old: T) -> T:
        """Write ``item`` over ``old`` (inside the caller's transaction)."""
        self._check_unique(item)
        updated: T = self.repo.update(dataclasses.replace(item, uid=old.uid))
        return updated

    def remove(self, item_id: int) -> T:
        with self._journal.transaction():
            item = self.saved(item_id)
            self.repo.soft_delete(item_id)
            return item

    def restore(self, item_id: int) -> T:
        with self._journal.transaction():
            item: T = self.repo.get(item_id, include_deleted=True)
            clash = self._same_name(item)
            if clash is not None:
                raise JournalError(
                    f"There is already a {self.kind} called '{clash.name}', so the removed "
                    f"'{item.name}' cannot come back. Rename or remove that one first."
                )
            self.repo.restore(item_id)
            return item

    def _same_name(self, item: T) -> T | None:
        wanted = item.name.casefold()
        for other in self.live():
            if other.name.casefold() == wanted and other.id != item.id:
                return other
        return None

    def _check_unique(self, item: T) -> None:
        clash = self._same_name(item)
        if clash is not None:
            raise JournalError(
                f"There is already a {self.kind} called '{clash.name}'. Please choose another name."
            )


class CatalogService:
    """The user's product list and trigger list."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._products: _NamedList[Product] = _NamedList(
            journal, NamedRepository(journal.db, "products", Product), "product"
        )
        self._triggers: _NamedList[Trigger] = _NamedList(
            journal, NamedRepository(journal.db, "triggers", Trigger), "trigger"
        )

    # -- products ---------------------------------------------------------------
    def products(self) -> list[Product]:
        """Products on the list (not removed ones), sorted by name."""
        return self._products.live()

    def add_product(self, product: Product) -> Product:
        """Put a new product on the list; returns it with its id."""
        return self._products.add(product)

    def update_product(self, product: Product) -> Product:
        """Save new values for a product on the list.

        Doses keep their own unit, so a product already used by doses can only move
        to a unit of the same kind (g and mg).
        """
        if product.id is None:
            raise ValueError("update_product needs a saved product")
        with self._journal.transaction():
            old = self._products.saved(product.id)
            self._check_unit_change(old, product)
            return self._products.update(product, old)

    def remove_product(self, product_id: int) -> Product:
        """Take a product off the list; past doses still show its name."""
        return self._products.remove(product_id)

    def restore_product(self, product_id: int) -> Product:
        """Put a removed product back on the list."""
        return self._products.restore(product_id)

    def _check_unit_change(self, old: Product, new: Product) -> None:
        family = unit_family(new.unit)
        used = self._products.repo.doses_by_unit(new.id or 0)
        other = {unit: n for unit, n in used.items() if unit_family(unit) != family}
        if not other:
            return
        count = sum(other.values())
        doses = "1 logged dose" if count == 1 else f"{count} logged doses"
        raise JournalError(
            f"'{old.name}' is used by {doses} measured in {' and '.join(other)}, so its unit "
            f"cannot change to {new.unit}. A change between g and mg is fine; for a different "
            "kind of unit, please add a new product."
        )

    # -- triggers ---------------------------------------------------------------
    def triggers(self) -> list[Trigger]:
        """Triggers on the list (not removed ones), sorted by name."""
        return self._triggers.live()

    def trigger_map(self) -> dict[int, Trigger]:
        """Every trigger by id, removed ones too, so past entries can still name them."""
        every: list[Trigger] = self._triggers.repo.with_removed()
        return {trigger.id: trigger for trigger in every if trigger.id is not None}

    def add_trigger(self, trigger: Trigger) -> Trigger:
        """Put a new trigger on the list; returns it with its id."""
        return self._triggers.add(trigger)

    def update_trigger(self, trigger: Trigger) -> Trigger:
        """Save a trigger's new name, if-then coping plan and notes."""
        if trigger.id is None:
            raise ValueError("update_trigger needs a saved trigger")
        with self._journal.transaction():
            old = self._triggers.saved(trigger.id)
            return self._triggers.update(trigger, old)

    def remove_trigger(self, trigger_id: int) -> Trigger:
        """Take a trigger off the list; past cravings keep their link to it."""
        return self._triggers.remove(trigger_id)

    def restore_trigger(self, trigger_id: int) -> Trigger:
        """Put a removed trigger back on the list."""
        return self._triggers.restore(trigger_id)
