"""The workspace API: campaigns, assets with their generation records, jobs, sign-offs, exports.

Every write goes through one writer (`_tx`: a lock and an IMMEDIATE transaction on the one write
connection); files are stored first, then their rows, so a crash never leaves a row without its
file."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from app import __version__
from app.core.assets import (
    Asset,
    AssetKind,
    AssetStatus,
    Energy,
    GeneratedOutput,
    GenerationRecord,
    Where,
)
from app.core.campaign import Brief, Campaign, Confidentiality, Usage
from app.core.errors import NotFoundError, UsageError
from app.core.i18n import tr, tr_noop
from app.core.jobs import JobState
from app.core.paths import default_workspace
from app.core.util import new_id, now_iso
from app.workspace import db as dbmod
from app.workspace.files import BlobStore

log = logging.getLogger(__name__)

_ASSET_COLUMNS = (
    "a.id, a.campaign_id, a.kind, a.sha256, a.ext, a.mime, a.channel, a.title, a.alt_text, "
    "a.transcript, a.text, a.status, a.parent_id, a.version, a.width, a.height, a.duration_s, "
    "a.sample_rate, a.size_bytes, a.meta, a.job_id, a.created_at, a.updated_at, a.trashed_at, "
    "g.provider AS g_provider, g.model AS g_model, g.model_revision AS g_model_revision, "
    "g.licence AS g_licence, g.commercial_use AS g_commercial_use, g.where_ran AS g_where, "
    "g.endpoint AS g_endpoint, g.prompt AS g_prompt, g.negative_prompt AS g_negative_prompt, "
    "g.system_prompt AS g_system_prompt, g.parameters AS g_parameters, g.seed AS g_seed, "
    "g.started_at AS g_started_at, g.finished_at AS g_finished_at, g.duration_s AS g_duration_s, "
    "g.energy_wh AS g_energy_wh, g.energy_method AS g_energy_method, "
    "g.energy_device AS g_energy_device, g.tokens AS g_tokens, g.cost AS g_cost, "
    "g.device AS g_device, g.app_version AS g_app_version, g.job_id AS g_job_id"
)
_ASSET_FROM = "FROM assets a LEFT JOIN generations g ON g.asset_id = a.id"
_EDITABLE = {"title", "alt_text", "transcript", "status", "channel", "meta", "text"}


class Workspace:
    """One workspace folder. Thread-safe; one per process is enough."""

    def __init__(self, folder: Path | str | None = None, *, integrity: bool = True):
        self.folder = Path(folder) if folder else default_workspace()
        self.folder = self.folder.expanduser().resolve()
        self._lock = threading.RLock()
        self.conn = dbmod.open_database(self.folder, integrity=integrity)
        self.blobs = BlobStore(self.folder / "assets")
        self._blob_root = str(self.blobs.root)
        self.blobs.clean_tmp()

    @property
    def db_path(self) -> Path:
        return self.folder / dbmod.DB_NAME

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- plumbing -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _tx(self):
        """The single writer: one lock, one IMMEDIATE transaction."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                raise dbmod.translate_error(exc, self.db_path) from exc
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise dbmod.translate_error(exc, self.db_path) from exc
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise

    def _query(self, sql: str, params: Iterable = ()) -> list[sqlite3.Row]:
        with self._lock:
            try:
                return self.conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.DatabaseError as exc:
                raise dbmod.translate_error(exc, self.db_path) from exc

    def backup(self, reason: str = "manual") -> Path:
        with self._lock:
            return dbmod.backup(self.conn, self.folder, reason)

    def size_bytes(self) -> int:
        total = 0
        for path in self.folder.rglob("*"):
            with contextlib.suppress(OSError):
                if path.is_file():
                    total += path.stat().st_size
        return total

    # --- campaigns ----------------------------------------------------------------------------
    def create_campaign(self, name: str, brief: Brief | dict | None = None, *,
                        confidentiality: str | Confidentiality = Confidentiality.INTERNAL,
                        usage: str | Usage = Usage.COMMERCIAL) -> Campaign:
        name = (name or "").strip()
        if not name:
            raise UsageError(what=tr("a campaign needs a name"))
        brief = brief if isinstance(brief, Brief) else Brief.from_dict(brief)
        confidentiality = _enum(Confidentiality, confidentiality, "confidentiality")
        usage = _enum(Usage, usage, "usage")
        cid, now = new_id("cmp"), now_iso()
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO campaigns (id, name, brief, confidentiality, usage, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (cid, name, _dumps(brief.to_dict()), confidentiality.value, usage.value, now, now))
        return self.get_campaign(cid)

    def get_campaign(self, ident: str) -> Campaign:
        """By id, or by exact name when it is unique."""
        rows = self._query("SELECT * FROM campaigns WHERE id = ?", (ident,))
        if not rows:
            rows = self._query("SELECT * FROM campaigns WHERE name = ? AND trashed_at IS NULL",
                               (ident,))
            if len(rows) > 1:
                raise UsageError(what=tr(
                    "several campaigns are named \u201c{name}\u201d; use its id", name=ident))
        if not rows:
            raise NotFoundError(what=tr_noop("Campaign"), ident=ident)
        return _campaign(rows[0])

    def list_campaigns(self, *, include_archived: bool = True,
                       include_trashed: bool = False) -> list[Campaign]:
        sql = "SELECT * FROM campaigns WHERE 1=1"
        if not include_archived:
            sql += " AND archived = 0"
        if not include_trashed:
            sql += " AND trashed_at IS NULL"
        return [_campaign(r) for r in self._query(sql + " ORDER BY created_at, id")]

    def update_campaign(self, cid: str, *, name: str | None = None,
                        brief: Brief | dict | None = None, confidentiality=None, usage=None,
                        archived: bool | None = None) -> Campaign:
        current = self.get_campaign(cid)
        sets, params = [], []
        if name is not None:
            if not name.strip():
                raise UsageError(what=tr("a campaign needs a name"))
            sets.append("name = ?")
            params.append(name.strip())
        if brief is not None:
            brief = brief if isinstance(brief, Brief) else Brief.from_dict(brief)
            sets.append("brief = ?")
            params.append(_dumps(brief.to_dict()))
        if confidentiality is not None:
            sets.append("confidentiality = ?")
            params.append(_enum(Confidentiality, confidentiality, "confidentiality").value)
        if usage is not None:
            sets.append("usage = ?")
            params.append(_enum(Usage, usage, "usage").value)
        if archived is not None:
            sets.append("archived = ?")
            params.append(int(bool(archived)))
        if sets:
            sets.append("updated_at = ?")
            params.append(now_iso())
            with self._tx() as conn:
                conn.execute(f"UPDATE campaigns SET {', '.join(sets)} WHERE id = ?",
                             (*params, current.id))
        return self.get_campaign(current.id)

    def trash_campaign(self, cid: str) -> None:
        campaign = self.get_campaign(cid)
        with self._tx() as conn:
            conn.execute("UPDATE campaigns SET trashed_at = ? WHERE id = ?",
                         (now_iso(), campaign.id))

    def restore_campaign(self, cid: str) -> Campaign:
        with self._tx() as conn:
            conn.execute("UPDATE campaigns SET trashed_at = NULL WHERE id = ?", (cid,))
        return self.get_campaign(cid)

    # --- assets -------------------------------------------------------------------------------
    def add_asset(self, campaign_id: str, output: GeneratedOutput, *, job_id: str = "",
                  parent_id: str | None = None, status: AssetStatus = AssetStatus.DRAFT) -> Asset:
        """Store the file (atomically, by hash), then its rows in one transaction."""
        self.get_campaign(campaign_id)
        sha, path = self.blobs.put_bytes(output.data, output.ext)
        return self._insert_asset(campaign_id, output, sha, path.stat().st_size, job_id=job_id,
                                  parent_id=parent_id, status=status)

    def add_asset_file(self, campaign_id: str, source: Path, output: GeneratedOutput, *,
                       job_id: str = "", parent_id: str | None = None) -> Asset:
        """Like add_asset, for a file on disk (streamed: large audio, imported images)."""
        self.get_campaign(campaign_id)
        sha, path = self.blobs.put_file(Path(source), output.ext)
        return self._insert_asset(campaign_id, output, sha, path.stat().st_size, job_id=job_id,
                                  parent_id=parent_id, status=AssetStatus.DRAFT)

    def _insert_asset(self, campaign_id, output: GeneratedOutput, sha, size, *, job_id,
                      parent_id, status) -> Asset:
        aid, now = new_id("ast"), now_iso()
        version = 1
        if parent_id:
            parent = self.get_asset(parent_id)
            version = parent.version + 1 if output.meta.get("is_version") else 1
        mime = output.mime or _MIME.get(output.ext.lower(), "application/octet-stream")
        record = output.record
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO assets (id, campaign_id, kind, sha256, ext, mime, channel, title, "
                "alt_text, transcript, text, status, parent_id, version, width, height, "
                "duration_s, sample_rate, size_bytes, meta, job_id, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (aid, campaign_id, AssetKind(output.kind).value, sha, output.ext.lower(), mime,
                 output.channel, output.title, output.alt_text, output.transcript, output.text,
                 AssetStatus(status).value, parent_id, version, output.width, output.height,
                 output.duration_s, output.sample_rate, size, _dumps(output.meta), job_id, now,
                 now))
            if record is not None:
                _insert_generation(conn, aid, record, job_id)
            _index(conn, aid, output.title, record.prompt if record else "",
                   " ".join(x for x in (output.text, output.alt_text, output.transcript) if x))
        return self.get_asset(aid)

    def get_asset(self, aid: str) -> Asset:
        rows = self._query(f"SELECT {_ASSET_COLUMNS} {_ASSET_FROM} WHERE a.id = ?", (aid,))
        if not rows:
            raise NotFoundError(what=tr_noop("Asset"), ident=aid)
        return self._asset(rows[0])

    def list_assets(self, campaign_id: str | None = None, *, kind: str | None = None,
                    status: str | None = None, channel: str | None = None,
                    where: str | None = None, model: str | None = None,
                    parent_id: str | None = None, trashed: bool = False,
                    limit: int | None = 200, offset: int = 0,
                    newest_first: bool = True, after: Asset | None = None) -> list[Asset]:
        """A page of assets. `after` continues from the last asset of the previous page
        (keyset paging: as fast at the 10,000th asset as at the first, unlike an OFFSET)."""
        sql, params = self._asset_filter(campaign_id, kind, status, channel, where, model,
                                         parent_id, trashed)
        if after is not None:
            op = "<" if newest_first else ">"
            sql += f" AND (a.created_at {op} ? OR (a.created_at = ? AND a.id {op} ?))"
            params += [after.created_at, after.created_at, after.id]
        sql += " ORDER BY a.created_at DESC, a.id DESC" if newest_first else \
            " ORDER BY a.created_at, a.id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [self._asset(r) for r in self._query(
            f"SELECT {_ASSET_COLUMNS} {_ASSET_FROM} WHERE {sql}", params)]

    def count_assets(self, campaign_id: str | None = None, **filters) -> int:
        sql, params = self._asset_filter(campaign_id, filters.get("kind"), filters.get("status"),
                                         filters.get("channel"), filters.get("where"),
                                         filters.get("model"), filters.get("parent_id"),
                                         filters.get("trashed", False))
        return self._query(f"SELECT COUNT(*) {_ASSET_FROM} WHERE {sql}", params)[0][0]

    @staticmethod
    def _asset_filter(campaign_id, kind, status, channel, where, model, parent_id, trashed):
        clauses = ["a.trashed_at IS NOT NULL" if trashed else "a.trashed_at IS NULL"]
        params: list = []
        for column, value in (("a.campaign_id", campaign_id), ("a.kind", kind),
                              ("a.status", status), ("a.channel", channel),
                              ("g.where_ran", where), ("g.model", model),
                              ("a.parent_id", parent_id)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value.value if hasattr(value, "value") else value)
        return " AND ".join(clauses), params

    def search(self, query: str, campaign_id: str | None = None, *, limit: int = 200,
               offset: int = 0) -> list[Asset]:
        """Full-text search over titles, prompts and copy; accents and case ignored; each word
        matches as a prefix ("ete" finds "Été", "sun" finds "sunscreen")."""
        match = fts_query(query)
        if not match:
            return []
        sql = (f"SELECT {_ASSET_COLUMNS} {_ASSET_FROM} JOIN assets_fts f ON f.asset_id = a.id "
               "WHERE assets_fts MATCH ? AND a.trashed_at IS NULL")
        params: list = [match]
        if campaign_id:
            sql += " AND a.campaign_id = ?"
            params.append(campaign_id)
        sql += " ORDER BY bm25(assets_fts), a.created_at DESC LIMIT ? OFFSET ?"
        return [self._asset(r) for r in self._query(sql, [*params, limit, offset])]

    def update_asset(self, aid: str, **changes) -> Asset:
        """Edit an asset's title, alt text, transcript, status, channel, meta or text. Changing
        the text of a text asset stores its new content and raises its version."""
        unknown = set(changes) - _EDITABLE
        if unknown:
            raise UsageError(what=tr("unknown asset fields: {fields}",
                                    fields=", ".join(sorted(unknown))))
        asset = self.get_asset(aid)
        sets, params = [], []
        new_text = changes.pop("text", None)
        if "status" in changes:
            changes["status"] = _enum(AssetStatus, changes["status"], "status").value
        if "meta" in changes:
            changes["meta"] = _dumps({**asset.meta, **(changes["meta"] or {})})
        for key, value in changes.items():
            if value is not None:
                sets.append(f"{key} = ?")
                params.append(value)
        if new_text is not None and new_text != asset.text:
            data = new_text.encode("utf-8")
            sha, path = self.blobs.put_bytes(data, asset.ext)
            sets += ["text = ?", "sha256 = ?", "size_bytes = ?", "version = version + 1"]
            params += [new_text, sha, path.stat().st_size]
        if not sets:
            return asset
        sets.append("updated_at = ?")
        params.append(now_iso())
        with self._tx() as conn:
            conn.execute(f"UPDATE assets SET {', '.join(sets)} WHERE id = ?", (*params, aid))
            row = conn.execute("SELECT title, text, alt_text, transcript FROM assets WHERE id = ?",
                               (aid,)).fetchone()
            prompt = asset.generation.prompt if asset.generation else ""
            _index(conn, aid, row["title"], prompt,
                   " ".join(x for x in (row["text"], row["alt_text"], row["transcript"]) if x))
        return self.get_asset(aid)

    def replace_asset_file(self, aid: str, data: bytes, **media) -> Asset:
        """Store new content for an asset (an edit): new hash, version + 1."""
        asset = self.get_asset(aid)
        sha, path = self.blobs.put_bytes(data, asset.ext)
        sets = ["sha256 = ?", "size_bytes = ?", "version = version + 1", "updated_at = ?"]
        params = [sha, path.stat().st_size, now_iso()]
        for key in ("width", "height", "duration_s", "sample_rate"):
            if key in media:
                sets.append(f"{key} = ?")
                params.append(media[key])
        with self._tx() as conn:
            conn.execute(f"UPDATE assets SET {', '.join(sets)} WHERE id = ?", (*params, aid))
        return self.get_asset(aid)

    def trash_asset(self, aid: str) -> None:
        self.get_asset(aid)
        with self._tx() as conn:
            conn.execute("UPDATE assets SET trashed_at = ? WHERE id = ?", (now_iso(), aid))

    def restore_asset(self, aid: str) -> Asset:
        with self._tx() as conn:
            conn.execute("UPDATE assets SET trashed_at = NULL WHERE id = ?", (aid,))
        return self.get_asset(aid)

    def purge_trash(self, older_than_iso: str | None = None) -> int:
        """Delete trashed assets for good (rows, then files no longer referenced)."""
        sql = "SELECT id, sha256, ext FROM assets WHERE trashed_at IS NOT NULL"
        params: list = []
        if older_than_iso:
            sql += " AND trashed_at < ?"
            params.append(older_than_iso)
        doomed = self._query(sql, params)
        if not doomed:
            return 0
        ids = [r["id"] for r in doomed]
        with self._tx() as conn:
            for aid in ids:
                conn.execute("UPDATE assets SET parent_id = NULL WHERE parent_id = ?", (aid,))
                conn.execute("DELETE FROM assets_fts WHERE asset_id = ?", (aid,))
                conn.execute("DELETE FROM generations WHERE asset_id = ?", (aid,))
                conn.execute("DELETE FROM assets WHERE id = ?", (aid,))
        for row in doomed:
            still = self._query("SELECT 1 FROM assets WHERE sha256 = ? LIMIT 1", (row["sha256"],))
            if not still:
                with contextlib.suppress(OSError):
                    self.blobs.path_for(row["sha256"], row["ext"]).unlink()
        return len(ids)

    def asset_path(self, asset: Asset) -> Path:
        return self.blobs.path_for(asset.sha256, asset.ext)

    def _asset(self, row: sqlite3.Row) -> Asset:
        record = None
        if row["g_provider"] is not None:
            record = GenerationRecord(
                provider=row["g_provider"], model=row["g_model"],
                model_revision=row["g_model_revision"], licence=row["g_licence"],
                commercial_use=row["g_commercial_use"], where=Where(row["g_where"]),
                endpoint=row["g_endpoint"], prompt=row["g_prompt"],
                negative_prompt=row["g_negative_prompt"], system_prompt=row["g_system_prompt"],
                parameters=json.loads(row["g_parameters"]), seed=row["g_seed"],
                started_at=row["g_started_at"], finished_at=row["g_finished_at"],
                duration_s=row["g_duration_s"],
                energy=Energy.from_dict({"wh": row["g_energy_wh"],
                                         "method": row["g_energy_method"],
                                         "device": row["g_energy_device"]}),
                tokens=json.loads(row["g_tokens"]), cost=json.loads(row["g_cost"]),
                device=row["g_device"], app_version=row["g_app_version"], job_id=row["g_job_id"])
        asset = Asset(
            id=row["id"], campaign_id=row["campaign_id"], kind=AssetKind(row["kind"]),
            sha256=row["sha256"], ext=row["ext"], mime=row["mime"], channel=row["channel"],
            title=row["title"], alt_text=row["alt_text"], transcript=row["transcript"],
            text=row["text"], status=AssetStatus(row["status"]), parent_id=row["parent_id"],
            version=row["version"], width=row["width"], height=row["height"],
            duration_s=row["duration_s"], sample_rate=row["sample_rate"],
            size_bytes=row["size_bytes"], meta=json.loads(row["meta"]), generation=record,
            job_id=row["job_id"], created_at=row["created_at"], updated_at=row["updated_at"],
            trashed_at=row["trashed_at"])
        sha = asset.sha256  # string joins: this runs for every row of every page
        asset.path = f"{self._blob_root}{os.sep}{sha[:2]}{os.sep}{sha}.{asset.ext}"
        return asset

    # --- jobs ---------------------------------------------------------------------------------
    def insert_job(self, job_id: str, *, kind: str, campaign_id: str = "", provider: str = "",
                   title: str = "", request: dict | None = None,
                   retry_of: str | None = None) -> None:
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO jobs (id, campaign_id, kind, provider, title, request, state, "
                "created_at, retry_of, owner) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (job_id, campaign_id, kind, provider, title, _dumps(request or {}),
                 JobState.QUEUED.value, now_iso(), retry_of, _owner()))

    def update_job(self, job_id: str, **fields_) -> None:
        allowed = {"state", "error", "error_details", "message", "progress", "started_at",
                   "finished_at", "duration_s", "energy", "asset_ids"}
        sets, params = [], []
        for key, value in fields_.items():
            if key not in allowed:
                raise UsageError(what=tr("unknown job field {field}", field=key))
            if key in ("energy", "asset_ids"):
                value = _dumps(value)
            elif key == "state":
                value = JobState(value).value
            sets.append(f"{key} = ?")
            params.append(value)
        with self._tx() as conn:
            conn.execute(f"UPDATE jobs SET {', '.join(sets)} WHERE id = ?", (*params, job_id))

    def get_job(self, job_id: str) -> dict:
        rows = self._query("SELECT * FROM jobs WHERE id = ?", (job_id,))
        if not rows:
            raise NotFoundError(what=tr_noop("Job"), ident=job_id)
        return _job(rows[0])

    def list_jobs(self, states: Iterable[str] | None = None, *, campaign_id: str | None = None,
                  limit: int = 500) -> list[dict]:
        sql, params = "SELECT * FROM jobs WHERE 1=1", []
        if states:
            states = [JobState(s).value for s in states]
            sql += f" AND state IN ({','.join('?' * len(states))})"
            params += states
        if campaign_id:
            sql += " AND campaign_id = ?"
            params.append(campaign_id)
        sql += " ORDER BY created_at DESC LIMIT ?"
        return [_job(r) for r in self._query(sql, [*params, limit])]

    def mark_interrupted(self) -> list[str]:
        """Jobs left queued or running by a process that died: they can be re-run. Jobs of a
        process still alive (another window, a command line) are left alone."""
        rows = self._query("SELECT id, owner FROM jobs WHERE state IN (?, ?)",
                           (JobState.QUEUED.value, JobState.RUNNING.value))
        ids = [r["id"] for r in rows if not _owner_alive(r["owner"])]
        if ids:
            with self._tx() as conn:
                conn.executemany(
                    "UPDATE jobs SET state = ?, finished_at = ?, error = ? WHERE id = ?",
                    [(JobState.INTERRUPTED.value, now_iso(),
                      tr("Interrupted: Vitrine stopped while this job was waiting or running."),
                      job_id) for job_id in ids])
        return ids

    # --- sign-offs and exports -----------------------------------------------------------------
    def add_signoff(self, campaign_id: str, item: str, by: str, note: str = "",
                    asset_id: str | None = None) -> dict:
        by = (by or "").strip()
        if not by:
            raise UsageError(what=tr("a sign-off needs the name of the person signing"))
        sha, updated = "", ""
        if asset_id:
            asset = self.get_asset(asset_id)
            sha, updated = asset.sha256, asset.updated_at
        sid = new_id("sgn")
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO signoffs (id, campaign_id, item, asset_id, asset_sha256, "
                "asset_updated_at, by_name, note, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (sid, campaign_id, item, asset_id, sha, updated, by, note, now_iso()))
        return self.list_signoffs(campaign_id, signoff_id=sid)[0]

    def list_signoffs(self, campaign_id: str, *, item: str | None = None,
                      signoff_id: str | None = None) -> list[dict]:
        sql, params = "SELECT * FROM signoffs WHERE campaign_id = ? AND revoked_at IS NULL", \
            [campaign_id]
        if item:
            sql += " AND item = ?"
            params.append(item)
        if signoff_id:
            sql += " AND id = ?"
            params.append(signoff_id)
        out = []
        for row in self._query(sql + " ORDER BY created_at", params):
            data = dict(row)
            data["stale"] = False
            if row["asset_id"]:
                # stale when the content changed (a new file); approving or retitling is not a
                # change of what was signed
                try:
                    asset = self.get_asset(row["asset_id"])
                    data["stale"] = asset.sha256 != row["asset_sha256"]
                except NotFoundError:
                    data["stale"] = True
            out.append(data)
        return out

    def revoke_signoff(self, signoff_id: str) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE signoffs SET revoked_at = ? WHERE id = ?", (now_iso(), signoff_id))

    def add_export(self, campaign_id: str, profile: str, destination: str, asset_ids: list[str],
                   manifest_sha256: str, report: dict) -> str:
        eid = new_id("exp")
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO exports (id, campaign_id, profile, destination, asset_ids, "
                "manifest_sha256, report, created_at) VALUES (?,?,?,?,?,?,?,?)",
                (eid, campaign_id, profile, destination, _dumps(asset_ids), manifest_sha256,
                 _dumps(report), now_iso()))
        return eid

    def list_exports(self, campaign_id: str) -> list[dict]:
        rows = self._query("SELECT * FROM exports WHERE campaign_id = ? ORDER BY created_at",
                           (campaign_id,))
        return [{**dict(r), "asset_ids": json.loads(r["asset_ids"]),
                 "report": json.loads(r["report"])} for r in rows]


# --- helpers ----------------------------------------------------------------------------------
_MIME = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp",
         "md": "text/markdown", "txt": "text/plain", "html": "text/html", "wav": "audio/wav",
         "flac": "audio/flac", "mp3": "audio/mpeg", "ogg": "audio/ogg", "json": "application/json"}


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _enum(cls, value, what):
    try:
        return value if isinstance(value, cls) else cls(str(value).lower())
    except ValueError:
        choices = ", ".join(m.value for m in cls)
        raise UsageError(what=tr("{field} must be one of {choices} (got \u201c{value}\u201d)",
                                 field=what, choices=choices, value=value)) from None


def _campaign(row: sqlite3.Row) -> Campaign:
    return Campaign(id=row["id"], name=row["name"], brief=Brief.from_dict(json.loads(row["brief"])),
                    confidentiality=Confidentiality(row["confidentiality"]),
                    usage=Usage(row["usage"]), archived=bool(row["archived"]),
                    created_at=row["created_at"], updated_at=row["updated_at"])


def _job(row: sqlite3.Row) -> dict:
    data = dict(row)
    data["request"] = json.loads(data["request"])
    data["energy"] = json.loads(data["energy"])
    data["asset_ids"] = json.loads(data["asset_ids"])
    return data


def _insert_generation(conn, aid: str, record: GenerationRecord, job_id: str) -> None:
    conn.execute(
        "INSERT INTO generations (asset_id, provider, model, model_revision, licence, "
        "commercial_use, where_ran, endpoint, prompt, negative_prompt, system_prompt, parameters, "
        "seed, started_at, finished_at, duration_s, energy_wh, energy_method, energy_device, "
        "tokens, cost, device, app_version, job_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
        "?,?,?,?,?)",
        (aid, record.provider, record.model, record.model_revision, record.licence,
         record.commercial_use, Where(record.where).value, record.endpoint, record.prompt,
         record.negative_prompt, record.system_prompt, _dumps(record.parameters), record.seed,
         record.started_at, record.finished_at, record.duration_s, record.energy.wh,
         record.energy.method.value, record.energy.device, _dumps(record.tokens),
         _dumps(record.cost), record.device, record.app_version or __version__,
         record.job_id or job_id))


def _index(conn, aid: str, title: str, prompt: str, body: str) -> None:
    conn.execute("DELETE FROM assets_fts WHERE asset_id = ?", (aid,))
    conn.execute("INSERT INTO assets_fts (asset_id, title, prompt, body) VALUES (?,?,?,?)",
                 (aid, title or "", prompt or "", body or ""))


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _owner_alive(owner: str) -> bool:
    host, _, pid = (owner or "").rpartition(":")
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False  # our own jobs from an earlier life, or another machine's (a shared disk)
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word quoted (no operator injection) and matched as a prefix."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text or "").split() if w]
    return " ".join(f'"{w}"*' for w in words)
