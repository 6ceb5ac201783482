"""Workspace checks: database integrity, every asset row has its file, every file its hash."""

from __future__ import annotations

from app.workspace import Workspace
from app.workspace.files import file_sha256


def check_workspace(ws: Workspace) -> dict:
    integrity = [r[0] for r in ws._query("PRAGMA integrity_check")]
    missing, mismatched = [], []
    for row in ws._query("SELECT id, sha256, ext FROM assets"):
        path = ws.blobs.path_for(row["sha256"], row["ext"])
        if not path.exists():
            missing.append(row["id"])
        elif file_sha256(path) != row["sha256"]:
            mismatched.append(row["id"])
    corrupt_files = [str(p) for p in ws.blobs.all_files()
                     if p.stem != file_sha256(p)]
    ok = integrity == ["ok"] and not missing and not mismatched and not corrupt_files
    return {"ok": ok, "integrity": integrity, "missing_files": missing,
            "hash_mismatches": mismatched, "corrupt_files": corrupt_files}
