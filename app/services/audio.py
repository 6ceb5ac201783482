"""Audio jobs around the providers: before a job, the script (from a radio script asset when none
is given), the voice (from the campaign's language), the bed and the settings are checked, so a
bad request fails at once and nothing is queued; after it, the voice-over takes its channel and
is flagged when it runs longer than the channel allows."""

from __future__ import annotations

from pathlib import Path

from app.core.assets import AssetKind
from app.core.errors import UsageError
from app.core.i18n import tr
from app.providers.audio import options, voices
from app.providers.audio.errors import BedError
from app.providers.audio.script import clean_script, script_from_copy
from app.services import hooks

CHANNEL_SECONDS = {"radio-15": 15.0, "radio-30": 30.0}
_TOLERANCE_S = 0.5


def prepare(app, request, campaign):
    opts = dict(request.options or {})
    speech = request.speech
    if not speech and not request.music and request.parent_id:
        parent = app.workspace.get_asset(request.parent_id)
        if parent.kind != AssetKind.TEXT:
            raise UsageError(what=tr("the script asset {ident} is not text", ident=parent.id))
        speech = script_from_copy(parent.text)
        if parent.channel:
            opts.setdefault("channel", parent.channel)
    if speech and request.music:
        raise UsageError(what=tr("ask for a voice-over or for music, not both"))
    if not request.music:
        speech = clean_script(speech)  # empty or too long: refused before anything is queued
    voice = request.voice
    if speech and not voice and request.provider == voices.ESPEAK:
        voice = f"espeak:{opts.get('language') or campaign.language}"
    if request.provider == voices.ESPEAK:
        from app.providers.audio.espeak import check_voice, espeak_path

        check_voice(espeak_path(), voices.split_voice(voice)[1] or "en")
    if opts.get("bed"):
        opts["bed_path"], opts["bed"] = _bed_path(app, campaign, str(opts["bed"]))
    request = request.replace(speech=speech, voice=voice, options=opts)
    options.mastering(request)  # a bad loudness, ceiling or format is refused now
    return request


def _bed_path(app, campaign, bed: str) -> tuple[str, str]:
    """(file path, what the user named) for a bed given as an audio asset id or a file."""
    path = Path(bed).expanduser()
    if path.is_file():
        return str(path.resolve()), str(path.name)
    if bed.startswith("ast_"):
        from app.core.errors import NotFoundError

        try:
            asset = app.workspace.get_asset(bed)
        except NotFoundError:
            raise BedError(ident=bed, reason=tr("no such asset")) from None
        if asset.kind != AssetKind.AUDIO:
            raise BedError(ident=bed, reason=tr("it is not audio"))
        if asset.campaign_id != campaign.id:
            raise BedError(ident=bed, reason=tr("it belongs to another campaign"))
        return str(asset.path or app.workspace.asset_path(asset)), bed
    raise BedError(ident=bed, reason=tr("no such file or asset"))


def finish(app, request, campaign, outputs):
    channel = (request.options or {}).get("channel", "")
    for output in outputs:
        if output.kind != AssetKind.AUDIO:
            continue
        if channel:
            output.channel = channel
        limit = CHANNEL_SECONDS.get(channel)
        if limit and output.duration_s and output.duration_s > limit + _TOLERANCE_S:
            flags = list(output.meta.get("flags", []))
            flags.append({"id": "too-long-for-channel", "limit_s": limit,
                          "duration_s": output.duration_s})
            output.meta = {**output.meta, "flags": flags}
        if (request.options or {}).get("bed"):
            output.meta = {**output.meta, "bed": request.options["bed"]}
    return outputs


hooks.register_preparer("audio", prepare)
hooks.register_finisher("audio", finish)
