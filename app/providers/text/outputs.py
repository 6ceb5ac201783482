"""What both text providers hand back: the text as a Markdown output, or, when the user
cancelled mid-generation, a CancelledError carrying the text so far (the engine reads
`exc.outputs` and keeps them as a cancelled draft)."""

from __future__ import annotations

from app.core.assets import AssetKind, GeneratedOutput, GenerationRecord
from app.core.errors import CancelledError


def text_output(text: str, record: GenerationRecord, *, channel: str = "", meta: dict | None = None,
                partial: bool = False) -> GeneratedOutput:
    return GeneratedOutput(kind=AssetKind.TEXT, data=text.encode("utf-8"), ext="md",
                           mime="text/markdown", record=record, text=text, channel=channel,
                           meta=dict(meta or {}), partial=partial)


def cancelled_with(output: GeneratedOutput) -> CancelledError:
    """The job ends as cancelled; the text so far travels with it."""
    error = CancelledError()
    error.outputs = [output]
    return error
