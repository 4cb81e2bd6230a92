"""Checks that a SQLite file is a state store that can be trusted, before it is used.

SQLite itself finds most damage (``file is not a database``, ``PRAGMA quick_check``), but
takes a 0-byte file for a new database and a torn last page for a shorter one: both are
stores that lost their rows, which a crawl would then export again. These checks return
what is wrong as the end of a sentence ("is truncated (…)"), or None;
:class:`newscrawl.state.SqliteStore` turns that into its refusal.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


@functools.cache
def expected_tables(schema: str) -> dict[str, tuple[str, ...]]:
    """The tables (and their columns) that *schema* creates."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(schema)
        return tables(db)
    finally:
        db.close()


def tables(db: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    """Table name -> column names (SQLite's own tables left out)."""
    query = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    names = [row[0] for row in db.execute(query)]
    return {
        name: tuple(row[1] for row in db.execute("SELECT * FROM pragma_table_info(?)", (name,)))
        for name in names
    }


def schema_problem(db: sqlite3.Connection, schema: str, current: int) -> str | None:
    """What makes the database not a store of *schema* (version *current*), or None."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    found = tables(db)
    if version == 0 and not found:
        return None  # an empty database: nothing was ever stored in it
    if version > current:
        return (f"has schema version {version}, newer than the {current} this"
                " newscrawl reads (was it written by a newer newscrawl?)")  # fmt: skip
    # Version 0 with the right tables: a store from before versions were recorded.
    if found != expected_tables(schema):
        names = ", ".join(sorted(found)) or "none"
        return f"is not a newscrawl state store (schema version {version}, tables: {names})"
    return None


def quick_check(db: sqlite3.Connection) -> str | None:
    """SQLite's own consistency check of every page in use: the first problem, or None."""
    rows = [str(row[0]) for row in db.execute("PRAGMA quick_check(3)")]
    if rows == ["ok"]:
        return None
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return f"is damaged (SQLite quick_check: {lines[0] if lines else 'failed'})"


def file_problem(path: Path) -> str | None:
    """What SQLite would take for an empty or intact database but is not, or None.

    SQLite opens a 0-byte file as a new database and ignores a torn last page; both are
    stores that lost their rows. A store is never empty (:func:`create` builds it beside
    and renames it into place), so a file of 0 bytes is a damaged one.
    """
    try:
        if path.is_symlink() and not path.exists():
            return f"is a broken symbolic link (to {os.readlink(path)})"
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            return "is a directory, not a database file"
        if not stat.S_ISREG(info.st_mode):
            return "is not a regular file"
        with path.open("rb") as file:
            header = file.read(100)
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    size = info.st_size
    if size == 0:
        return "is empty (0 bytes)"
    if len(header) < 100 and SQLITE_MAGIC.startswith(header[:16]):
        return f"is truncated ({size} bytes, not even a SQLite header)"
    page = int.from_bytes(header[16:18], "big") if len(header) == 100 else 0
    page = 65536 if page == 1 else page
    if not header.startswith(SQLITE_MAGIC) or page < 512 or page & (page - 1):
        return "is not readable (file is not a database: no SQLite header)"
    if size % page:
        return f"is truncated ({size} bytes: not a whole number of {page}-byte pages)"
    # The header's page count is kept up to date by every commit; a checkpoint that was
    # cut short may leave it ahead of the file, but then the WAL still holds the pages.
    wal = path.with_name(path.name + "-wal")
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96]
    if counted and pages * page > size and not (wal.exists() and wal.stat().st_size):
        return f"is truncated ({size} bytes; its header says {pages * page})"
    return None


def create(path: Path, schema: str, version: int) -> None:
    """A new, empty store at *path*, built beside it and renamed into place whole."""
    building = path.with_name(f".{path.name}.new")
    building.unlink(missing_ok=True)
    db = sqlite3.connect(building, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(schema)
        db.execute(f"PRAGMA user_version = {version}")
    finally:
        db.close()
    with building.open("rb") as file:
        os.fsync(file.fileno())
    os.replace(building, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def upgrade(db: sqlite3.Connection, schema: str, current: int) -> None:
    """Inside a write transaction: give an empty or older store *schema*, version *current*.

    Version 0 with the right tables (checked by :func:`schema_problem`) is a store from
    before versions were recorded: it only gets the number. A later schema change adds
    its step from the version before here.
    """
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version == current:
        return
    if version == 0 and not tables(db):
        for statement in schema.split(";"):  # executescript would commit the transaction
            if statement.strip():
                db.execute(statement)
    db.execute(f"PRAGMA user_version = {current}")
