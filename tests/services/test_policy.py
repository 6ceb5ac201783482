"""Policy before any job: offline mode, confidentiality, personal data bound for a cloud API."""

from __future__ import annotations

import urllib.request

import pytest

from app.core import net
from app.core.assets import Where
from app.core.errors import ConfidentialError, OfflineError, PersonalDataError
from app.core.policy import PersonalDataFinding, PersonalDataScan
from app.core.requests import TextRequest
from app.providers.base import ProviderInfo, RunsIn
from app.services import policy
from app.services.context import AppContext


def info(where, configured_as_cloud=False):
    return ProviderInfo(id="p", kind="text", label="Provider P", where=where,
                        runs_in=RunsIn.POOL, configured_as_cloud=configured_as_cloud)


@pytest.fixture
def app(workspace, settings):
    ctx = AppContext(workspace=workspace, settings=settings)
    yield ctx
    net.set_offline(False)


class EmailScreen:
    """A minimal screen for the policy's own tests (the real detector is app.ethics')."""

    def scan(self, text, language=""):
        import re

        return PersonalDataScan([PersonalDataFinding("email", m.start(), m.end(), m.group())
                                 for m in re.finditer(r"\S+@\S+", text)])

    def redact(self, text, scan):
        for f in sorted(scan.findings, key=lambda f: -f.start):
            text = text[:f.start] + "[email]" + text[f.end:]
        return text


@pytest.fixture
def email_screen():
    policy.set_personal_data_screen(EmailScreen())
    yield
    policy._screen.clear()


def test_offline_refuses_every_provider_that_is_not_local(app, campaign):
    app.offline_override = True
    request = TextRequest(campaign_id=campaign.id, prompt="x")
    for where in (Where.LAN, Where.CLOUD):
        with pytest.raises(OfflineError, match="Offline mode is on: Provider P"):
            policy.check(app, request, campaign, info(where))
    with pytest.raises(OfflineError):  # configured as cloud, even on loopback
        policy.check(app, request, campaign, info(Where.LOCAL, configured_as_cloud=True))
    assert policy.check(app, request, campaign, info(Where.LOCAL)) is request


def test_confidential_campaign_never_reaches_a_cloud_provider(app, workspace):
    secret = workspace.create_campaign("Projet X", confidentiality="confidential")
    request = TextRequest(campaign_id=secret.id, prompt="x")
    with pytest.raises(ConfidentialError, match="confidential"):
        policy.check(app, request, secret, info(Where.CLOUD))
    assert policy.check(app, request, secret, info(Where.LAN)) is request
    assert policy.check(app, request, secret, info(Where.LOCAL)) is request


def test_personal_data_bound_for_the_cloud_is_blocked_or_redacted(app, campaign, email_screen):
    request = TextRequest(campaign_id=campaign.id, prompt="Écrire à jean@exemple.fr demain")
    with pytest.raises(PersonalDataError, match="email"):
        policy.check(app, request, campaign, info(Where.CLOUD))
    app.settings.personal_data_action = "redact"
    redacted = policy.check(app, request, campaign, info(Where.CLOUD))
    assert redacted.prompt == "Écrire à [email] demain"
    local = policy.check(app, request, campaign, info(Where.LOCAL))
    assert local.prompt == request.prompt  # local providers see the prompt as written


def test_the_offline_guard_refuses_sockets_beyond_loopback(local_server):
    local_server.route("GET", "/ping", lambda req, res: res.send(200, {"ok": True}))
    net.set_offline(True)
    try:
        with urllib.request.urlopen(local_server.url + "/ping", timeout=5) as response:
            assert response.status == 200  # loopback stays open
        with pytest.raises(OSError):
            urllib.request.urlopen("http://93.184.215.14/", timeout=5)
        assert "93.184.215.14" in net.blocked_attempts()
    finally:
        net.set_offline(False)


def test_classify_addresses():
    assert net.classify_url("http://127.0.0.1:11434/v1") == Where.LOCAL
    assert net.classify_url("http://localhost:1234") == Where.LOCAL
    assert net.classify_url("http://[::1]:8000") == Where.LOCAL
    assert net.classify_url("http://192.168.1.20:8000/v1") == Where.LAN
    assert net.classify_url("http://10.0.0.5") == Where.LAN
    assert net.classify_url("http://gpu.local:8000") == Where.LAN
    assert net.classify_url("https://api.openai.com/v1") == Where.CLOUD
    assert net.classify_url("https://8.8.8.8") == Where.CLOUD
