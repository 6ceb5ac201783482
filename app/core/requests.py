"""Frozen requests: everything a job needs, built from the widgets (or the command line) once.
Workers never read widgets. Requests round-trip through JSON so that a job can be re-run."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


@dataclass(frozen=True)
class _Request:
    campaign_id: str
    provider: str = ""  # provider id; "" means the default for this kind
    model: str = ""
    base_url: str = ""
    options: dict = field(default_factory=dict, hash=False)  # provider extras

    kind = "generic"

    def to_dict(self) -> dict:
        data = dataclasses.asdict(self)
        data["kind"] = self.kind
        return data

    @classmethod
    def from_dict(cls, data: dict):
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs = {}
        for key, value in data.items():
            if key in known:
                is_list = isinstance(value, list)
                kwargs[key] = tuple(_tuplify(v) for v in value) if is_list else value
        return cls(**kwargs)

    @property
    def prompt_texts(self) -> list[str]:
        """Every piece of user text this request would send to a provider (for policy screens)."""
        return []

    def replace(self, **changes):
        return dataclasses.replace(self, **changes)


def _tuplify(value):
    return tuple(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class ImageRequest(_Request):
    prompt: str = ""
    negative_prompt: str = ""
    width: int | None = None
    height: int | None = None
    format: str = ""  # channel format id; resizes/crops to its exact pixels
    seed: int | None = None
    steps: int | None = None
    guidance: float | None = None
    scheduler: str = ""
    count: int = 1
    init_image: str = ""  # path of an image for image-to-image / inpainting
    strength: float | None = None
    mask_image: str = ""
    loras: tuple = ()  # ((path, weight), ...)
    parent_id: str = ""

    kind = "image"

    @property
    def prompt_texts(self) -> list[str]:
        return [t for t in (self.prompt, self.negative_prompt) if t]


@dataclass(frozen=True)
class TextRequest(_Request):
    channel: str = ""
    prompt: str = ""
    variants: int = 3
    language: str = ""
    temperature: float | None = None
    max_tokens: int | None = None
    stream: bool = True
    system_prompt: str = ""  # filled by the service from the brief when empty
    parent_id: str = ""

    kind = "text"

    @property
    def prompt_texts(self) -> list[str]:
        return [t for t in (self.system_prompt, self.prompt) if t]


@dataclass(frozen=True)
class AudioRequest(_Request):
    speech: str = ""  # a script to speak
    voice: str = ""  # ENGINE:VOICE
    music: str = ""  # a music prompt
    duration: float | None = None
    seed: int | None = None
    rate: float | None = None
    pitch: float | None = None
    output_format: str = "wav"
    parent_id: str = ""

    kind = "audio"

    @property
    def prompt_texts(self) -> list[str]:
        return [t for t in (self.speech, self.music) if t]


REQUEST_TYPES = {"image": ImageRequest, "text": TextRequest, "audio": AudioRequest}


def request_from_dict(data: dict):
    return REQUEST_TYPES[data["kind"]].from_dict(data)
