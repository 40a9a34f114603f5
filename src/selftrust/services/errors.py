"""The errors entry layers translate into kind messages (re-exported from lower layers)."""

from selftrust.config import ConfigError
from selftrust.domain.text import InputInvalid, TextInvalid
from selftrust.storage.errors import NotFound, StorageError

__all__ = ["ConfigError", "InputInvalid", "NotFound", "StorageError", "TextInvalid"]
