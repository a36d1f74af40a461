"""The single place that binds sqlite-utils to SQLCipher.

sqlite-utils imports ``pysqlite3`` in preference to the stdlib ``sqlite3`` when
it is importable. Registering ``sqlcipher3`` under that name before the first
import makes sqlite-utils use SQLCipher connections *and* catch SQLCipher's own
exception classes (so ``alter=True`` and friends behave).
"""

from __future__ import annotations

import sys
from typing import Any

import sqlcipher3
import sqlcipher3.dbapi2

sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

import sqlite_utils  # noqa: E402  (must follow the registration above)
from sqlite_utils import Database  # noqa: E402

DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
ProgrammingError = sqlcipher3.dbapi2.ProgrammingError
Connection = Any  # sqlcipher3 ships no type information

if sys.modules.get("pysqlite3") is not sqlcipher3:  # pragma: no cover - environment problem
    raise ImportError("a real pysqlite3 is installed; sqlite-utils would bypass SQLCipher")


def connect(path: str, *, create: bool, read_only: bool = False) -> Connection:
    """Open (never create unless ``create``) a database file; the key comes next."""
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = "file:" + _quote_path(path) + f"?mode={mode}"
    return sqlcipher3.dbapi2.connect(uri, uri=True, check_same_thread=False)


def uri(path: str, mode: str) -> str:
    """A ``file:`` URI for ATTACH on a connection opened with ``uri=True``."""
    return "file:" + _quote_path(path) + f"?mode={mode}"


def _quote_path(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/")


__all__ = [
    "Connection",
    "Database",
    "DatabaseError",
    "OperationalError",
    "ProgrammingError",
    "connect",
    "sqlite_utils",
    "uri",
]
