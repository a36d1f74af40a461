"""The single place that binds SQLCipher to the app, and sqlite-utils to SQLCipher.

Day-to-day reads and writes go through :class:`Database`, a thin wrapper with the
sqlite-utils ``Database`` methods the app uses (``execute``, ``query``, ``atomic``,
``register_function``, ``close``, ``conn``) and the same transaction rules. It exists so
that opening the journal and filling the first page do not pay for importing
sqlite-utils (about 0.3 s with its numpy, pluggy and click imports on these machines,
more than a whole bare Qt window takes to appear). Schema work (creating a journal and
migrating an older one) goes through a real ``sqlite_utils.Database`` on the same
connection, from :meth:`Database.utils`, imported only then.

sqlite-utils imports ``pysqlite3`` in preference to the stdlib ``sqlite3`` when it is
importable. Registering ``sqlcipher3`` under that name before the first import makes
sqlite-utils use SQLCipher connections *and* catch SQLCipher's own exception classes
(so ``alter=True`` and friends behave).
"""

from __future__ import annotations

import contextlib
import re
import secrets
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import sqlcipher3
import sqlcipher3.dbapi2

if TYPE_CHECKING:
    import sqlite_utils

DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
ProgrammingError = sqlcipher3.dbapi2.ProgrammingError
Connection = Any  # sqlcipher3 ships no type information
Params = Sequence[Any] | dict[str, Any] | None

_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
_FIRST_WORD = re.compile(r"\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*([A-Za-z]+)", re.DOTALL)


class Database:
    """A SQLCipher connection with sqlite-utils' ``execute``/``query``/``atomic`` rules.

    - ``execute`` commits a write at once unless a transaction is open (then it joins
      it); a failed statement never leaves an implicit transaction behind.
    - ``query`` returns the rows as dicts, fetched lazily.
    - ``atomic`` is one transaction; nested blocks are savepoints.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._registered_functions: set[tuple[str, int]] = set()
        self._utils: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Params = None) -> Any:
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # nothing would ever commit it
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # the statement opened an implicit transaction
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() is for SQL that returns rows; use execute()")
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            savepoint = f"rj_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended it already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def register_function(
        self, fn: Callable[..., Any], *, deterministic: bool = False, name: str | None = None
    ) -> None:
        """``fn`` as an SQL function (once per connection)."""
        import inspect

        fn_name = name or fn.__name__
        arity = len(inspect.signature(fn).parameters)
        if (fn_name, arity) in self._registered_functions:
            return
        self.conn.create_function(fn_name, arity, fn, deterministic=deterministic)
        self._registered_functions.add((fn_name, arity))

    def reconnected(self, conn: Connection) -> None:
        """Use ``conn`` from now on (after a re-key); SQL functions are registered anew."""
        self.conn = conn
        self._registered_functions = set()
        self._utils = None

    def utils(self) -> sqlite_utils.Database:
        """A sqlite-utils ``Database`` on this connection, for schema work."""
        if self._utils is None:
            sqlite_utils = import_sqlite_utils()
            self._utils = sqlite_utils.Database(
                self.conn, execute_plugins=False, recursive_triggers=False
            )
        return self._utils

    def close(self) -> None:
        self.conn.close()


def _first_keyword(sql: str) -> str:
    match = _FIRST_WORD.match(sql)
    return match.group(1).upper() if match else ""


def import_sqlite_utils() -> Any:
    """sqlite-utils, bound to SQLCipher (see the module's docstring)."""
    sys.modules.setdefault("pysqlite3", sqlcipher3)
    sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)
    if sys.modules.get("pysqlite3") is not sqlcipher3:  # pragma: no cover - environment problem
        raise ImportError("a real pysqlite3 is installed; sqlite-utils would bypass SQLCipher")
    import sqlite_utils

    return sqlite_utils


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
    "import_sqlite_utils",
    "uri",
]
