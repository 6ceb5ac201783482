"""Asset files stored by their sha256: written to a temporary file, fsynced, renamed into place."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from app.core.errors import DiskFullError, WorkspaceError

CHUNK = 1 << 20


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.tmp = self.root / ".tmp"

    def path_for(self, sha256: str, ext: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.{ext.lstrip('.')}"

    def put_bytes(self, data: bytes, ext: str) -> tuple[str, Path]:
        import hashlib

        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha, ext)
        if target.exists() and target.stat().st_size == len(data):
            return sha, target
        self._write_atomically(target, data)
        return sha, target

    def put_file(self, source: Path, ext: str | None = None) -> tuple[str, Path]:
        """Store a copy of a file (streamed, so large audio is fine)."""
        import hashlib

        source = Path(source)
        ext = (ext or source.suffix.lstrip(".") or "bin").lower()
        digest = hashlib.sha256()
        with open(source, "rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        target = self.path_for(sha, ext)
        if target.exists():
            return sha, target
        with open(source, "rb") as fh:
            self._write_atomically(target, fh)
        return sha, target

    def _write_atomically(self, target: Path, payload) -> None:
        self.tmp.mkdir(parents=True, exist_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.tmp, prefix="put-")
        try:
            with os.fdopen(fd, "wb") as fh:
                if isinstance(payload, bytes | bytearray | memoryview):
                    fh.write(payload)
                else:
                    for chunk in iter(lambda: payload.read(CHUNK), b""):
                        fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            _unlink_quietly(tmp_name)
            if exc.errno == errno.ENOSPC:
                raise DiskFullError(path=str(target.parent), details=repr(exc)) from exc
            raise WorkspaceError(reason=str(exc), details=repr(exc)) from exc
        except BaseException:
            _unlink_quietly(tmp_name)
            raise

    def verify(self, sha256: str, ext: str) -> bool:
        path = self.path_for(sha256, ext)
        if not path.exists():
            return False
        return file_sha256(path) == sha256

    def clean_tmp(self) -> int:
        """Remove temporary files left by a process that died mid-write."""
        removed = 0
        if self.tmp.exists():
            for leftover in self.tmp.iterdir():
                _unlink_quietly(leftover)
                removed += 1
        return removed

    def all_files(self):
        for sub in self.root.iterdir() if self.root.exists() else ():
            if sub.is_dir() and sub.name != ".tmp":
                yield from sub.iterdir()


def file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _unlink_quietly(path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
