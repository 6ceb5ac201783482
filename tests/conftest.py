"""Test harness: every test runs with its own config, data and workspace folders (never the user's
real ones), Qt offscreen, the Hugging Face hub offline."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_SESSION_HOME = tempfile.mkdtemp(prefix="vitrine-tests-")
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
os.environ.update({
    "QT_QPA_PLATFORM": "offscreen",
    "VITRINE_CONFIG_DIR": os.path.join(_SESSION_HOME, "config"),
    "VITRINE_DATA_DIR": os.path.join(_SESSION_HOME, "data"),
    "VITRINE_WORKSPACE": os.path.join(_SESSION_HOME, "workspace"),
    "VITRINE_MODELS_DIR": os.path.join(_SESSION_HOME, "models"),
    "VITRINE_LANG": "en",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
})
os.environ.pop("OPENAI_API_KEY", None)

pytest_plugins = [
    "tests.fixtures.env",
    "tests.fixtures.network",
    "tests.fixtures.http_server",
    "tests.fixtures.assets",
    "tests.fixtures.audio",
    "tests.fixtures.chat_server",
    "tests.fixtures.ethics_assets",
    "tests.fixtures.image",
]
