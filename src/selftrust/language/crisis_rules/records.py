"""The records the crisis detector answers with (public through ``selftrust.language.crisis``)."""

from __future__ import annotations

from enum import StrEnum


class CrisisKind(StrEnum):
    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_FROM_OTHERS = "harm_from_others"
    CONCERN_FOR_OTHER = "concern_for_other"


class _Record:
    """An immutable record with value equality, hash and repr, like a frozen dataclass.

    Importing ``dataclasses`` costs about 10 ms, and this module is imported by every command
    that saves text, so the two public records are written out by hand.
    """

    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, _Record):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")


class CrisisMatch(_Record):
    __slots__ = ("kind", "start", "end", "rule", "reason")  # noqa: RUF023 - constructor order
    __match_args__ = ("kind", "start", "end", "rule", "reason")
    kind: CrisisKind
    start: int
    end: int
    rule: str
    reason: str

    def __init__(self, kind: CrisisKind, start: int, end: int, rule: str, reason: str) -> None:
        for name, value in zip(self.__slots__, (kind, start, end, rule, reason), strict=True):
            object.__setattr__(self, name, value)


class CrisisResult(_Record):
    __slots__ = ("crisis", "kinds", "matches")
    __match_args__ = ("crisis", "kinds", "matches")
    crisis: bool
    kinds: tuple[CrisisKind, ...]
    matches: tuple[CrisisMatch, ...]

    def __init__(
        self, crisis: bool, kinds: tuple[CrisisKind, ...], matches: tuple[CrisisMatch, ...]
    ) -> None:
        for name, value in zip(self.__slots__, (crisis, kinds, matches), strict=True):
            object.__setattr__(self, name, value)


NO_CRISIS = CrisisResult(crisis=False, kinds=(), matches=())
