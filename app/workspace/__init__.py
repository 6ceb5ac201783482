"""The campaign workspace: an SQLite database and the asset files stored by their sha256."""

from app.workspace.store import Workspace

__all__ = ["Workspace"]
