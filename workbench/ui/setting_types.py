"""The `Setting` descriptor behind each preference of `Settings`, and its value parsers.

A parser turns what QSettings gives back (the value stored, or a string when the store is an INI
file) into the typed value, or None when it is not a valid one; None reads as the default.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


# -- parsers: a stored value -> the typed value, or None when it is not a valid one ------------
def choice(options: tuple[str, ...]) -> Callable[[Any], str | None]:
    return lambda raw: raw if isinstance(raw, str) and raw in options else None


def int_range(low: int, high: int) -> Callable[[Any], int | None]:
    def parse(raw: Any) -> int | None:
        try:
            value = int(str(raw).strip())
        except ValueError:
            return None
        return value if low <= value <= high else None

    return parse


def boolean(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    # INI files give every value back as a string.
    return {"true": True, "false": False, "1": True, "0": False}.get(str(raw).strip().lower())


def text(raw: Any) -> str | None:
    return raw if isinstance(raw, str) else None


def byte_array(raw: Any) -> QByteArray | None:
    return QByteArray(raw) if isinstance(raw, (QByteArray, bytes)) else None


def path_list(limit: int) -> Callable[[Any], list[str] | None]:
    def parse(raw: Any) -> list[str] | None:
        # Stored as JSON text: QSettings turns a one-element list into a plain string in INI
        # files, so a list of one path would come back as that path's characters.
        try:
            value = json.loads(raw) if isinstance(raw, str) else None
        except json.JSONDecodeError:
            return None
        if not isinstance(value, list):
            return None
        return [item for item in value if isinstance(item, str) and item][:limit]

    return parse



class Setting(Generic[T]):
    """One preference, declared as a class attribute of an owner that has `_store` (a QSettings)
    and a `changed(str)` signal; it is read and written on the owner's thread (the GUI thread
    for Settings). Its QSettings key is the attribute's name.

    `parse(raw)` turns a stored value into a T, or None when it is missing, of the wrong type or
    out of range (it then reads as `default`: a value, or a function making one); `clean(value)`
    normalises what a setter is given and `encode(value)` is what QSettings stores. Setting a
    value `parse` refuses raises ValueError; `changed(key)` is emitted only when the value read
    back differs from the one before.
    """

    def __init__(self, parse: Callable[[Any], T | None], default: T | Callable[[], T],
                 clean: Callable[[Any], T] | None = None,
                 encode: Callable[[T], Any] | None = None) -> None:
        self.parse, self._default = parse, default
        self.clean = clean if clean is not None else (lambda value: value)
        self.encode = encode if encode is not None else (lambda value: value)
        self.key = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name

    def default(self) -> T:
        # A function for anything mutable (a list, a QByteArray): each read gets its own.
        return self._default() if callable(self._default) else self._default

    def read(self, store: QSettings) -> T:
        raw = store.value(self.key)
        value = self.parse(raw) if raw is not None else None
        return self.default() if value is None else value

    @overload
    def __get__(self, instance: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance, owner=None):
        return self if instance is None else self.read(instance._store)

    def __set__(self, instance: Any, value: Any) -> None:
        value = self.clean(value)
        stored = self.encode(value)
        if self.parse(stored) is None:
            raise ValueError(f"invalid value for setting {self.key!r}: {value!r}")
        # Written even when equal to the default: an explicit choice must survive a change of
        # the default (the UI language follows the system locale until the user picks one).
        old = self.read(instance._store)
        instance._store.setValue(self.key, stored)
        if old != value:
            instance.changed.emit(self.key)
