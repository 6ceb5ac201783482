"""Where an address is (loopback, local network, internet) and the offline guard.

Offline mode is enforced for the whole process by an audit hook on `socket.connect` and
`socket.getaddrinfo`: any attempt to reach a non-loopback address fails before a packet leaves,
whichever library tries it. The worker process installs the same guard."""

from __future__ import annotations

import ipaddress
import os
import sys
import threading
from urllib.parse import urlparse

from app.core.assets import Where
from app.core.errors import VitrineError

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def host_of(url: str) -> str:
    parsed = urlparse(url if "://" in url else f"http://{url}")
    return (parsed.hostname or "").lower()


def is_loopback_host(host: str | None) -> bool:
    if host is None or host == "":
        return True  # unix sockets and "any" are local
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def classify_host(host: str) -> Where:
    """loopback = local, private ranges (and mDNS .local names) = LAN, anything else = cloud."""
    if is_loopback_host(host):
        return Where.LOCAL
    bare = host.strip("[]").lower()
    if bare.endswith(".local") or bare.endswith(".lan") or bare.endswith(".home.arpa"):
        return Where.LAN
    try:
        ip = ipaddress.ip_address(bare.split("%")[0])
    except ValueError:
        return Where.CLOUD
    if ip.is_private or ip.is_link_local:
        return Where.LAN
    return Where.CLOUD


def classify_url(url: str) -> Where:
    return classify_host(host_of(url))


class OfflineNetworkError(VitrineError, ConnectionRefusedError):
    message = "Offline mode is on: the connection to {host} was not made."
    hint = "Turn offline mode off to use network providers."


_state = {"offline": False, "installed": False, "attempts": []}
_lock = threading.Lock()


def set_offline(offline: bool) -> None:
    """Turn the process-wide guard on or off (installed on first use; audit hooks stay)."""
    with _lock:
        if offline and not _state["installed"]:
            sys.addaudithook(_audit)
            _state["installed"] = True
        _state["offline"] = bool(offline)
    if offline:
        # Libraries that talk to the Hugging Face hub check these before any request.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        os.environ["HF_DATASETS_OFFLINE"] = "1"


def is_offline() -> bool:
    return _state["offline"]


def blocked_attempts() -> list[str]:
    """Hosts the guard refused in this process (for diagnostics and tests)."""
    return list(_state["attempts"])


def _audit(event: str, args) -> None:
    if not _state["offline"]:
        return
    if event == "socket.connect":
        address = args[1] if len(args) > 1 else None
        host = address[0] if isinstance(address, tuple) and address else None
        if isinstance(host, str) and not is_loopback_host(host):
            _refuse(host)
    elif event == "socket.getaddrinfo":
        host = args[0] if args else None
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if isinstance(host, str) and not is_loopback_host(host):
            _refuse(host)


def _refuse(host: str) -> None:
    _state["attempts"].append(host)
    raise OfflineNetworkError(host=host)
