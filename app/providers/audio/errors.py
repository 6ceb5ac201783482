"""Errors a user can meet with voice-overs and music (English templates, translated when shown)."""

from __future__ import annotations

from app.core.errors import ModelNotFoundError, ProviderError, UsageError


class EmptyScriptError(UsageError):
    message = "The script is empty: there is nothing to speak."
    hint = "Write the text of the voice-over."


class ScriptTooLongError(UsageError):
    message = "The script has {length} characters; a voice-over takes at most {limit}."
    hint = "Split it into several voice-overs."


class UnknownVoiceError(UsageError):
    message = "Unknown voice \u201c{voice}\u201d."
    hint = ("Voices are written ENGINE:VOICE, for example espeak:fr, espeak:en, openai:alloy, "
            "or the folder of a local text-to-speech model.")


class UnsupportedLanguageError(UsageError):
    message = "{engine} has no voice for the language \u201c{language}\u201d."
    hint = "Available: {available}."


class UnreadableScriptError(UsageError):
    message = ("The voice {voice} cannot read this script: none of its letters are in the "
               "voice's alphabet.")
    hint = "Choose a voice for the script's language."


class UnsupportedFormatError(UsageError):
    message = "The audio format \u201c{format}\u201d is not supported."
    hint = "Use wav, flac or mp3."


class InvalidAudioSettingError(UsageError):
    message = "Invalid audio setting: {what}."


class EspeakMissingError(ProviderError):
    message = "The offline system voice needs espeak-ng, which is not installed on this computer."
    hint = ("Install it (Debian/Ubuntu: sudo apt-get install espeak-ng; Fedora: sudo dnf install "
            "espeak-ng; macOS: brew install espeak-ng), or choose another voice.")


class EspeakFailedError(ProviderError):
    message = "espeak-ng could not speak the script: {reason}"
    hint = "Check the voice and the text, then retry."


class NotATtsModelError(ProviderError):
    message = "The model {model} is not a text-to-speech model this version can run ({reason})."
    hint = "Choose a VITS or MMS text-to-speech model folder."


class NotAMusicModelError(ProviderError):
    message = "The model {model} is not a music model this version can run ({reason})."
    hint = "Choose a MusicGen, Stable Audio or AudioLDM 2 model folder."


class BedError(UsageError):
    message = "The music bed {ident} cannot be used: {reason}"
    hint = "Choose an audio asset of this campaign or an audio file (WAV, FLAC or MP3)."


class SilentOutputError(ProviderError):
    message = "{provider} ({model}) made no sound."
    hint = "Try another voice or model, or a longer text."


class NoMusicModelError(ModelNotFoundError):
    message = "No music model was found on this computer."
    hint = ("Import one (MusicGen, Stable Audio Open or AudioLDM 2) with 'vitrine models import "
            "PATH', or name its folder with --model.")
