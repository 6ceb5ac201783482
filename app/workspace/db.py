"""Opening the workspace database: version check, integrity, forward migrations and backups."""

from __future__ import annotations

import datetime as _dt
import errno
import logging
import os
import sqlite3
from pathlib import Path

from app.core.errors import (
    CorruptDatabaseError,
    DiskFullError,
    ReadOnlyWorkspaceError,
    SchemaTooNewError,
    WorkspaceError,
)
from app.workspace.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)
DB_NAME = "vitrine.sqlite3"
BACKUP_DIR = "backups"
BACKUPS_KEPT = 10
DAILY = _dt.timedelta(hours=24)


def backups(folder: Path) -> list[Path]:
    """Backups of the workspace database, newest first."""
    return sorted((folder / BACKUP_DIR).glob("vitrine-*.sqlite3"), reverse=True)


def latest_backup(folder: Path) -> Path | None:
    found = backups(folder)
    return found[0] if found else None


def check_writable(folder: Path) -> None:
    """Fail clearly when the folder cannot be created or written (a real write, so that it also
    holds for root, read-only mounts and full disks)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-probe-{os.getpid()}"
        with open(probe, "wb") as fh:
            fh.write(b"ok")
        probe.unlink()
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFullError(path=str(folder), details=repr(exc)) from exc
        raise ReadOnlyWorkspaceError(path=str(folder), details=repr(exc)) from exc


def stored_version(db_path: Path) -> int:
    """The schema version, read without writing anything (a read-only connection)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return 0
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def connect(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def open_database(folder: Path, *, integrity: bool = True) -> sqlite3.Connection:
    """Open (creating or migrating) the database of a workspace folder."""
    folder = Path(folder)
    check_writable(folder)
    db_path = folder / DB_NAME
    try:
        version = stored_version(db_path)
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(found=version, supported=SCHEMA_VERSION)
        if version and integrity:
            _quick_check(db_path)
        conn = connect(db_path)
        if version < SCHEMA_VERSION:
            if version:
                backup(conn, folder, reason=f"before-v{SCHEMA_VERSION}")
            _migrate(conn, version)
        elif _backup_due(folder):
            backup(conn, folder, reason="daily")
        return conn
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, db_path) from exc


def _quick_check(db_path: Path) -> None:
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    finally:
        conn.close()
    if [r[0] for r in rows] != ["ok"]:
        raise sqlite3.DatabaseError("quick_check: " + "; ".join(str(r[0]) for r in rows[:5]))


def _migrate(conn: sqlite3.Connection, current: int) -> None:
    for version in range(current + 1, SCHEMA_VERSION + 1):
        log.info("Migrating workspace database to schema %s", version)
        conn.execute("BEGIN IMMEDIATE")
        try:
            step = MIGRATIONS[version]
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version={version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    out, buf = [], ""
    for line in script.splitlines():
        if line.strip().startswith("--"):
            continue
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


def _backup_due(folder: Path) -> bool:
    newest = latest_backup(folder)
    if newest is None:
        return True
    age = _dt.datetime.now().timestamp() - newest.stat().st_mtime
    return age > DAILY.total_seconds()


def backup(conn: sqlite3.Connection, folder: Path, reason: str = "manual") -> Path:
    """Copy the database with SQLite's online backup API; keep the newest BACKUPS_KEPT."""
    target_dir = folder / BACKUP_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"vitrine-{stamp}-{reason}.sqlite3"
    tmp = target.with_suffix(".tmp")
    dest = sqlite3.connect(tmp)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(tmp, target)
    for old in backups(folder)[BACKUPS_KEPT:]:
        try:
            old.unlink()
        except OSError:
            pass
    return target


def restore_backup(folder: Path, source: Path | None = None) -> Path:
    """Put a backup in place of the database; the damaged file is kept aside, never deleted."""
    folder = Path(folder)
    source = Path(source) if source else latest_backup(folder)
    if source is None or not source.exists():
        raise WorkspaceError(reason="no backup was found in " + str(folder / BACKUP_DIR))
    db_path = folder / DB_NAME
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            os.replace(part, folder / f"{DB_NAME}{suffix}.damaged-{stamp}")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(db_path)
    try:
        src.backup(dest)
    finally:
        src.close()
        dest.close()
    return db_path


def translate_error(exc: BaseException, db_path: Path) -> WorkspaceError:
    text = str(exc).lower()
    if "disk is full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFullError(path=str(db_path), details=repr(exc))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyWorkspaceError(path=str(db_path.parent), details=repr(exc))
    if any(s in text for s in ("not a database", "malformed", "quick_check", "corrupt")):
        backup_path = latest_backup(db_path.parent)
        err = CorruptDatabaseError(path=str(db_path), backup=str(backup_path or "-"),
                                   details=repr(exc))
        if backup_path is None:
            err.hint = "No backup was found; the file was left as it is."
        err.backup_path = backup_path
        return err
    return WorkspaceError(reason=str(exc), details=repr(exc))
