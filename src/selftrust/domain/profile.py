"""Who owns a record. Every service call takes a Profile, so isolation is structural."""

from __future__ import annotations

from dataclasses import dataclass

LOCAL_PROFILE_NAME = "local"


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    name: str


# Record ids are 32-bit integers in PostgreSQL; larger numbers can never name a record.
MAX_RECORD_ID = 2**31 - 1
