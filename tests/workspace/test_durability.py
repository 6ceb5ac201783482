"""What a user's work survives: a killed process, a newer version, a damaged file, a read-only
folder."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from app.core.errors import CorruptDatabaseError, ReadOnlyWorkspaceError, SchemaTooNewError
from app.services.maintenance import check_workspace
from app.workspace import Workspace
from app.workspace.db import DB_NAME, backups, restore_backup

BURST = textwrap.dedent("""
    import os, sys
    from app.workspace import Workspace
    from app.core.assets import GeneratedOutput, AssetKind
    ws = Workspace(sys.argv[1])
    c = ws.create_campaign("Burst")
    print("ready", flush=True)
    for i in range(200):
        data = os.urandom(20000 + i)
        ws.add_asset(c.id, GeneratedOutput(kind=AssetKind.IMAGE, data=data, ext="png",
                                           title=f"image {i}"))
        print(i, flush=True)
""")


def test_sigkill_during_a_burst_of_writes_leaves_a_consistent_workspace(tmp_path):
    folder = tmp_path / "ws"
    proc = subprocess.Popen([sys.executable, "-c", BURST, str(folder)], stdout=subprocess.PIPE,
                            text=True, cwd=os.getcwd())
    assert proc.stdout.readline().strip() == "ready"
    written = 0
    while written < 40:  # kill it well inside the burst
        line = proc.stdout.readline()
        assert line, "the writer stopped early"
        written = int(line) + 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    ws = Workspace(folder)
    try:
        report = check_workspace(ws)
        assert report["integrity"] == ["ok"]
        assert report["missing_files"] == [] and report["hash_mismatches"] == []
        assert report["corrupt_files"] == []
        count = ws.count_assets()
        assert 40 <= count < 200
        assert not any((folder / "assets" / ".tmp").iterdir())  # leftovers cleaned on open
    finally:
        ws.close()


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    folder = tmp_path / "ws"
    Workspace(folder).close()
    db = folder / DB_NAME
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    mtime = db.stat().st_mtime_ns
    with pytest.raises(SchemaTooNewError) as info:
        Workspace(folder)
    assert "newer version of Vitrine" in str(info.value) and "untouched" in str(info.value)
    assert db.read_bytes() == before and db.stat().st_mtime_ns == mtime


def test_a_corrupt_database_offers_the_latest_backup_which_restores(tmp_path):
    folder = tmp_path / "ws"
    ws = Workspace(folder)
    ws.create_campaign("Sauvée")
    ws.backup("manual")
    ws.close()
    db = folder / DB_NAME
    with open(db, "r+b") as fh:  # scribble over the header and the first pages
        fh.write(b"\x00garbage" * 512)
    with pytest.raises(CorruptDatabaseError) as info:
        Workspace(folder)
    latest = backups(folder)[0]
    assert str(latest) in str(info.value)
    assert "vitrine workspace restore" in str(info.value)
    restore_backup(folder)
    ws = Workspace(folder)
    try:
        assert [c.name for c in ws.list_campaigns()] == ["Sauvée"]
        assert any(p.name.startswith(f"{DB_NAME}.damaged-") for p in folder.iterdir())
    finally:
        ws.close()


def test_daily_backups_are_made(tmp_path):
    folder = tmp_path / "ws"
    Workspace(folder).close()
    assert backups(folder) == []  # a new, empty database: nothing to back up yet
    Workspace(folder).close()
    first = backups(folder)
    assert len(first) == 1
    Workspace(folder).close()
    assert len(backups(folder)) == 1  # not twice a day
    os.utime(first[0], (time.time() - 2 * 86400,) * 2)
    Workspace(folder).close()
    assert len(backups(folder)) == 2


def test_a_migration_backs_up_first_and_keeps_the_data(tmp_path, monkeypatch):
    from app.workspace import db as dbmod

    folder = tmp_path / "ws"
    ws = Workspace(folder)
    ws.create_campaign("Avant")
    ws.close()
    for old in backups(folder):
        old.unlink()
    current = dbmod.SCHEMA_VERSION
    monkeypatch.setattr(dbmod, "MIGRATIONS", {
        **dbmod.MIGRATIONS, current + 1: "ALTER TABLE campaigns ADD COLUMN color TEXT;"})
    monkeypatch.setattr(dbmod, "SCHEMA_VERSION", current + 1)
    ws = Workspace(folder)
    try:
        assert backups(folder)[0].name.endswith(f"before-v{current + 1}.sqlite3")
        assert ws._query("PRAGMA user_version")[0][0] == current + 1
        assert [c.name for c in ws.list_campaigns()] == ["Avant"]
        old = sqlite3.connect(backups(folder)[0])
        assert old.execute("PRAGMA user_version").fetchone()[0] == current
        old.close()
    finally:
        ws.close()


def _make_immutable(path):
    if os.geteuid() != 0:
        path.chmod(0o555)
        return lambda: path.chmod(0o755)
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(path)],
                                                    capture_output=True).returncode:
        pytest.skip("cannot make a folder read-only for root here (no chattr +i)")
    return lambda: subprocess.run(["chattr", "-i", str(path)], check=False)


def test_a_read_only_workspace_folder_gives_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    undo = _make_immutable(folder)
    try:
        with pytest.raises(ReadOnlyWorkspaceError) as info:
            Workspace(folder)
        assert "cannot be written to" in str(info.value) and str(folder) in str(info.value)
    finally:
        undo()


def test_a_first_version_workspace_is_migrated_with_its_jobs(tmp_path):
    from app.workspace.schema import SCHEMA_V1, SCHEMA_VERSION

    folder = tmp_path / "ws"
    folder.mkdir()
    conn = sqlite3.connect(folder / DB_NAME)
    conn.executescript(SCHEMA_V1)
    conn.execute("INSERT INTO campaigns (id, name, created_at, updated_at) "
                 "VALUES ('cmp_1', 'Été', 'x', 'x')")
    conn.execute("INSERT INTO jobs (id, kind, state, created_at) "
                 "VALUES ('job_1', 'image', 'running', 'x')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    ws = Workspace(folder)
    try:
        assert ws._query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        assert ws.get_job("job_1")["owner"] == ""
        assert ws.mark_interrupted() == ["job_1"]  # its process is long gone
        assert ws.get_campaign("cmp_1").name == "Été"
    finally:
        ws.close()
