"""The change bus: every action that changes data says what it touched, and whoever shows that
data hears it. Modelled on Anki's ``OpChanges`` → ``operation_did_execute``.

Services announce with the ``@announces`` decorator (or ``bus.publish`` inside such a method).
What a call announces is held back until its outermost announcing call on this thread returns, so
listeners hear of a change only once it is committed, and hear nothing of one that was rolled
back. The bus is plain Python and thread-safe: subscribers are called on the publishing thread
(the UI's relay hops to the GUI thread). Changes made by other stations (shared server) arrive
through ``publish`` with their own ``origin``.
"""

from __future__ import annotations

import functools
import inspect
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ParamSpec, TypeVar

import peewee as pw

from yuntian.db.transactions import is_busy_error
from yuntian.services.common.errors import DatabaseBusy

log = logging.getLogger(__name__)

LOCAL = "local"  # the origin of changes made in this process


class Area(StrEnum):
    """What a change is about; pages say which areas they show."""

    CUSTOMERS = "customers"
    CUSTOMER_GROUPS = "customer_groups"
    CUSTOMER_NOTES = "customer_notes"  # memos and purchase intentions
    CALLS = "calls"
    MESSAGES = "messages"
    CATALOGUE = "catalogue"  # product models and sales units
    SALES = "sales"
    PAYMENTS = "payments"
    SERVICE_ORDERS = "service_orders"
    MAINTENANCE = "maintenance"
    PRINT_TEMPLATES = "print_templates"
    SETTINGS = "settings"  # shop settings, enumerations, numbering, phone lines
    USERS = "users"  # users, roles, permissions
    PARTS = "parts"  # the parts catalogue, stores, documents and stock


@dataclass(frozen=True)
class Changes:
    """Areas touched, each with the ids touched (an empty set: which rows is not known)."""

    touched: Mapping[Area, frozenset[int]] = field(default_factory=dict)
    origin: str = LOCAL

    @classmethod
    def of(cls, area: Area, *ids: int | None, origin: str = LOCAL) -> Changes:
        return cls({area: frozenset(i for i in ids if i is not None)}, origin)

    def __or__(self, other: Changes) -> Changes:
        merged = dict(self.touched)
        for area, ids in other.touched.items():
            merged[area] = merged.get(area, frozenset()) | ids
        return Changes(merged, self.origin)

    def __bool__(self) -> bool:
        return bool(self.touched)

    def touches(self, *areas: Area) -> bool:
        return any(area in self.touched for area in areas)

    def ids(self, area: Area) -> frozenset[int]:
        return self.touched.get(area, frozenset())

    @property
    def local(self) -> bool:
        return self.origin == LOCAL


Subscriber = Callable[[Changes], None]


class ChangeBus:
    """One per open profile, built by the composition root and handed to services and pages."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[Subscriber] = []
        self._held = threading.local()  # per thread: nesting depth and what is held back

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(changes)`` for every change; returns the function that stops it."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, changes: Changes) -> None:
        """Tell every subscriber now, or when the announcing call in progress on this thread
        returns."""
        if not changes:
            return
        if getattr(self._held, "depth", 0):
            self._held.changes = self._held.changes | changes
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(changes)
            except Exception:  # one broken listener must not undo a committed change
                log.exception("change subscriber failed")

    def hold(self) -> _Hold:
        """Hold back what is published on this thread until the outermost hold ends; dropped if
        it ends by an exception (the transaction was rolled back)."""
        return _Hold(self)


class _Hold:
    def __init__(self, bus: ChangeBus) -> None:
        self._bus = bus

    def __enter__(self) -> None:
        held = self._bus._held
        if not getattr(held, "depth", 0):
            held.depth, held.changes = 0, Changes()
        held.depth += 1

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        held = self._bus._held
        held.depth -= 1
        if held.depth:
            return
        changes, held.changes = held.changes, Changes()
        if exc_type is None:
            self._bus.publish(changes)


P = ParamSpec("P")
R = TypeVar("R")
Also = Callable[[Any, dict[str, Any]], Changes]


def announces(
    *areas: Area, ids_from: str | None = None, also: Also | None = None
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a service method that changes data: once it returns, announce ``areas`` with
    the ids in its parameter ``ids_from`` (an id or a sequence of them), else the ids of what it
    returned (a view with ``id``, or a list of them); plus ``also(result, arguments)`` for other
    areas (e.g. the customer whose order it was). The service keeps its bus as
    ``self.changes``; anything it publishes meanwhile is announced together, after the
    outermost announcing call returns."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(method)
        if ids_from is not None and ids_from not in signature.parameters:
            raise TypeError(f"{method.__qualname__} has no parameter {ids_from!r}")

        @functools.wraps(method)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            bus: ChangeBus = args[0].changes  # type: ignore[attr-defined]
            with bus.hold():
                try:
                    result = method(*args, **kwargs)
                except pw.OperationalError as exc:
                    if is_busy_error(exc):
                        raise DatabaseBusy() from exc
                    raise
                arguments: dict[str, Any] = {}
                if ids_from is not None or also is not None:
                    arguments = signature.bind(*args, **kwargs).arguments
                ids = _ids_of(result) if ids_from is None else _ids_in(arguments[ids_from])
                changes = Changes({area: ids for area in areas})
                if also is not None:
                    changes = changes | also(result, arguments)
                bus.publish(changes)
            return result

        wrapper.announced_areas = areas  # type: ignore[attr-defined]  # found by the audit test
        return wrapper

    return decorate


def _ids_in(value: object) -> frozenset[int]:
    if isinstance(value, int):
        return frozenset((value,))
    return frozenset(i for i in value if isinstance(i, int))  # type: ignore[union-attr]


def _ids_of(result: object) -> frozenset[int]:
    items: Iterable[object] = result if isinstance(result, list | tuple) else (result,)
    return frozenset(i for i in (getattr(item, "id", None) for item in items) if isinstance(i, int))
