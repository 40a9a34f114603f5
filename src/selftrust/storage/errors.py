"""Storage problems, each with one sentence a person can act on."""

from __future__ import annotations


class StorageError(Exception):
    """The data store cannot do what was asked; nothing was changed."""


class StorageUnavailable(StorageError):
    """The database cannot be opened or reached."""


class StorageUnreadable(StorageError):
    """The database file exists but is not a readable selftrust database."""


class StorageBusy(StorageError):
    """Another program holds the database locked for too long."""


class BadDatabaseUrl(StorageError):
    """SELFTRUST_DATABASE_URL is not an address this app understands."""


class NotFound(LookupError):
    """A record does not exist for this profile."""
