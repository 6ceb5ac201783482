"""The offline system voice: Debian's espeak-ng, run as a subprocess (light: it runs in the
network pool, not the model worker). One call per sentence gives the transcript its timing and
lets a long script be cancelled between sentences."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

from app.core.assets import GenerationRecord, Where
from app.core.i18n import tr
from app.core.util import now_iso
from app.providers.audio import options, voices
from app.providers.audio.errors import (
    EspeakFailedError,
    EspeakMissingError,
    UnsupportedLanguageError,
)
from app.providers.audio.script import chunk_script, clean_script
from app.providers.base import ProviderInfo, RunsIn

NORMAL_WPM = 175  # espeak-ng's own default speed
_SENTENCE_LIMIT = 1000  # characters per call; longer sentences are cut at clauses
_TIMEOUT_S = 60
LICENCE = "GPL-3.0-or-later (the program; the speech it makes is yours)"


def espeak_path() -> str:
    """The espeak-ng executable, or a clear error with the install hint."""
    override = os.environ.get("VITRINE_ESPEAK_NG")
    found = override if override and os.access(override, os.X_OK) else shutil.which("espeak-ng")
    if not found:
        raise EspeakMissingError(provider="espeak-ng")
    return found


@lru_cache(maxsize=4)
def _voice_table(exe: str) -> tuple[frozenset, frozenset, tuple]:
    """(names a voice can be asked by, variant names, language codes) from `--voices`."""
    def listing(arg):
        out = subprocess.run([exe, arg], capture_output=True, text=True, timeout=10)
        return out.stdout.splitlines()[1:]

    names, languages = set(), []
    for line in listing("--voices"):
        cols = line.split()
        if len(cols) >= 5:
            languages.append(cols[1].lower())
            names.update({cols[1].lower(), cols[3].lower(), cols[4].lower(),
                          cols[4].rsplit("/", 1)[-1].lower()})
    variants = {line.split()[4].rsplit("/", 1)[-1].lower()
                for line in listing("--voices=variant") if len(line.split()) >= 5}
    return frozenset(names), frozenset(variants), tuple(sorted(set(languages)))


def espeak_languages() -> list[str]:
    """The language codes espeak-ng speaks here: each language ("fr") and its regional voices
    ("fr-be", "fr-fr")."""
    codes = _voice_table(espeak_path())[2]
    return sorted({c.split("-")[0] for c in codes} | set(codes))


def check_voice(exe: str, voice: str) -> str:
    """The voice as espeak-ng takes it, or UnsupportedLanguageError."""
    names, variants, languages = _voice_table(exe)
    base, _, variant = voice.lower().partition("+")
    if base not in names or (variant and variant not in variants):
        shown = ", ".join(sorted({code.split("-")[0] for code in languages}))
        raise UnsupportedLanguageError(engine="espeak-ng", language=voice, available=shown)
    return voice


class EspeakProvider:
    id = voices.ESPEAK
    kind = "audio"

    @classmethod
    def describe(cls, request, settings) -> ProviderInfo:
        voice = voices.voice_name(request, "en")
        return ProviderInfo(id=cls.id, kind="audio", label=tr("espeak-ng (system voice)"),
                            where=Where.LOCAL, runs_in=RunsIn.POOL, model=f"espeak-ng:{voice}",
                            licence=LICENCE, commercial_use="yes")

    def generate(self, request, ctx) -> list:
        from app.providers.audio import dsp
        from app.providers.audio.master import excerpt, render

        started, clock = now_iso(), time.perf_counter()
        script = clean_script(request.speech)
        exe = espeak_path()
        voice = check_voice(exe, voices.voice_name(request, "en"))
        rate, pitch, pause = options.rate_of(request), options.pitch_of(request), \
            options.pause_of(request)
        options.mastering(request)  # a bad setting fails before any work
        wpm = max(80, min(450, round(NORMAL_WPM * rate)))
        command = [exe, "-v", voice, "-s", str(wpm), "-p", str(round(50 + 49 * pitch)),
                   "-b", "1", "--stdout"]
        sentences = chunk_script(script, _SENTENCE_LIMIT, per_sentence=True)
        pieces, sample_rate = [], 22050
        # a few espeak-ng processes at once (each is single-threaded); batches keep the order
        # and let cancel and progress in between
        workers = max(1, min(4, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="espeak") as pool:
            for first in range(0, len(sentences), workers * 2):
                ctx.check()
                batch = sentences[first:first + workers * 2]
                for audio, sample_rate in pool.map(lambda s: _speak(command, s), batch):
                    pieces.append(dsp.trim_silence(audio, sample_rate))
                ctx.progress(len(pieces), len(sentences), tr(
                    "Speaking sentence {n} of {total}", n=len(pieces), total=len(sentences)))
        audio, spans = dsp.join(pieces, sample_rate, pause)
        timing = [{"start": s, "end": e, "text": t} for (s, e), t in zip(spans, sentences,
                                                                          strict=True)]
        record = GenerationRecord(
            provider=self.id, model=f"espeak-ng:{voice}", licence=LICENCE,
            commercial_use="yes", where=Where.LOCAL,
            prompt=script, parameters={"voice": f"espeak:{voice}", "rate": rate,
                                       "pitch": pitch, "words_per_minute": wpm,
                                       "pause_s": pause}, started_at=started, device="cpu")
        output = render(audio, sample_rate, request, ctx, record=record, title=excerpt(script),
                        transcript=script, timing=timing,
                        meta={"voice": f"espeak:{voice}", "language": voice.split("+")[0]})
        record.duration_s = round(time.perf_counter() - clock, 3)
        return [output]


def _speak(command: list[str], text: str):
    from app.providers.audio.audiofile import read_audio

    # text goes on stdin: a sentence starting with "-" must not read as an option
    try:
        done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True,
                              timeout=_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise EspeakFailedError(provider="espeak-ng",
                                reason=f"no answer within {_TIMEOUT_S} s") from None
    except OSError as exc:
        raise EspeakMissingError(provider="espeak-ng", details=str(exc)) from exc
    if done.returncode != 0 or len(done.stdout) <= 44:
        reason = done.stderr.decode("utf-8", "replace").strip() or f"exit {done.returncode}"
        raise EspeakFailedError(provider="espeak-ng", reason=re.sub(r"\s+", " ", reason)[:200])
    return read_audio(done.stdout)
