"""Policy before any job, in one place: offline mode, the campaign's confidentiality, and the
personal-data screen for prompts bound for a cloud provider (block, or redact: the user's
choice)."""

from __future__ import annotations

import logging

from app.core.campaign import Campaign, Confidentiality
from app.core.errors import ConfidentialError, OfflineError, PersonalDataError
from app.core.policy import PersonalDataScreen
from app.providers.base import ProviderInfo

log = logging.getLogger(__name__)
TEXT_FIELDS = ("prompt", "negative_prompt", "system_prompt", "speech", "music")
_screen: dict[str, PersonalDataScreen | None] = {}


def set_personal_data_screen(screen: PersonalDataScreen | None) -> None:
    _screen["screen"] = screen


def personal_data_screen() -> PersonalDataScreen | None:
    """The registered screen, else the ethics detector when it is installed."""
    if "screen" not in _screen:
        try:
            from app.ethics.personal_data import default_screen
        except ImportError:
            log.warning("no personal-data screen is available")
            _screen["screen"] = None
        else:
            _screen["screen"] = default_screen()
    return _screen["screen"]


def check(app, request, campaign: Campaign, info: ProviderInfo):
    """Raise a PolicyError, or return the request (redacted when the user chose redaction)."""
    if app.offline and info.is_network:
        raise OfflineError(provider=info.label)
    if campaign.confidentiality == Confidentiality.CONFIDENTIAL and info.is_cloud:
        raise ConfidentialError(campaign=campaign.name, provider=info.label)
    if info.is_cloud:
        request = screen_personal_data(app, request, campaign, info)
    return request


def screen_personal_data(app, request, campaign: Campaign, info: ProviderInfo):
    screen = personal_data_screen()
    if screen is None:
        return request
    language = getattr(request, "language", "") or campaign.language
    scans = {}
    for name in TEXT_FIELDS:
        text = getattr(request, name, "")
        if text:
            scan = screen.scan(text, language)
            if scan.findings:
                scans[name] = (text, scan)
    if not scans:
        return request
    kinds = sorted({k for _, scan in scans.values() for k in scan.kinds})
    if app.settings.personal_data_action != "redact":
        raise PersonalDataError(kinds=", ".join(kinds), provider=info.label)
    changes = {name: screen.redact(text, scan) for name, (text, scan) in scans.items()}
    log.info("redacted %s from a request to %s", kinds, info.id)
    return request.replace(**changes)
