"""API keys: from the OS keyring; where there is none, from an environment variable or kept for
this session only. Never written to the workspace, the settings, logs or exports."""

from __future__ import annotations

import logging
import os
import re
import threading

log = logging.getLogger(__name__)
SERVICE = "Vitrine"
_session: dict[str, str] = {}
_lock = threading.Lock()


def env_var_for(provider_id: str) -> str:
    """VITRINE_<ID>_API_KEY, e.g. VITRINE_OPENAI_API_KEY."""
    return "VITRINE_" + re.sub(r"[^A-Z0-9]", "_", provider_id.upper()) + "_API_KEY"


def keyring_backend() -> tuple[str, bool]:
    """(name of the keyring backend, whether it can store secrets)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        usable = not isinstance(backend, fail.Keyring) and "keyrings.alt" not in name
        return name, usable
    except Exception as exc:  # a broken backend must not break the app
        return f"unavailable ({exc.__class__.__name__})", False


def get_api_key(provider_id: str) -> tuple[str, str]:
    """(key, source) where source is "keyring", "environment", "session" or "" when none."""
    with _lock:
        if provider_id in _session:
            return _session[provider_id], "session"
    name, usable = keyring_backend()
    if usable:
        try:
            import keyring

            value = keyring.get_password(SERVICE, provider_id)
            if value:
                return value, "keyring"
        except Exception as exc:
            log.warning("keyring read failed (%s): %s", name, exc.__class__.__name__)
    for var in (env_var_for(provider_id), "OPENAI_API_KEY" if provider_id == "openai" else ""):
        if var and os.environ.get(var):
            return os.environ[var], "environment"
    return "", ""


def set_api_key(provider_id: str, key: str, *, session_only: bool = False) -> str:
    """Store a key; returns where it went: "keyring" or "session" (no usable keyring)."""
    key = key.strip()
    if not session_only:
        name, usable = keyring_backend()
        if usable:
            try:
                import keyring

                keyring.set_password(SERVICE, provider_id, key)
                with _lock:
                    _session.pop(provider_id, None)
                return "keyring"
            except Exception as exc:
                log.warning("keyring write failed (%s): %s", name, exc.__class__.__name__)
    with _lock:
        _session[provider_id] = key
    return "session"


def delete_api_key(provider_id: str) -> None:
    with _lock:
        _session.pop(provider_id, None)
    _, usable = keyring_backend()
    if usable:
        try:
            import keyring

            keyring.delete_password(SERVICE, provider_id)
        except Exception:
            pass


def redact(text: str, *secrets: str) -> str:
    """Remove secrets (and anything shaped like an API key) from a message before it is logged."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return re.sub(r"\b(sk|pk|rk)-[A-Za-z0-9_\-]{8,}", r"\1-***", text)
