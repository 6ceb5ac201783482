"""The diffusers config folders shipped in `resources/models/configs/` for single-file checkpoints.

diffusers needs a config folder (model_index.json, each component's config, the tokenizers) to
load an original-layout checkpoint; without one it goes to the hub. The shipped folders hold the
JSON only: the CLIP tokenizers' vocab.json and merges.txt are built from CLIP's byte-pair merge list
(shipped once, gzipped) into a folder under the data directory, the first time one is needed."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

from app.core.paths import data_dir
from app.core.resources import resource_path

CONFIG_VERSION = "1"
FAMILIES = ("sd15", "sdxl")
# CLIP's SimpleTokenizer keeps merges 1 .. 49152 - 256 - 2 of the file (the first line is a header)
_N_MERGES = 49152 - 256 - 2


def shipped_families() -> tuple[str, ...]:
    return tuple(f for f in FAMILIES if (resource_path("models", "configs", f)).is_dir())


def config_folder(family: str) -> Path:
    """A complete diffusers config folder (JSON + tokenizer files) for `family` ("sd15", "sdxl")."""
    source = resource_path("models", "configs", family)
    if not source.is_dir():
        raise KeyError(family)
    target = data_dir() / "model-configs" / f"{family}-v{CONFIG_VERSION}"
    if (target / ".complete").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{family}-"))
    try:
        shutil.copytree(source, work, dirs_exist_ok=True)
        vocab, merges = clip_vocab_and_merges()
        for sub in work.iterdir():
            if sub.is_dir() and sub.name.startswith("tokenizer"):
                (sub / "vocab.json").write_text(vocab, encoding="utf-8")
                (sub / "merges.txt").write_text(merges, encoding="utf-8")
        (work / ".complete").write_text(CONFIG_VERSION)
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        os.replace(work, target)
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return target


@cache
def clip_vocab_and_merges() -> tuple[str, str]:
    """(vocab.json text, merges.txt text) of the CLIP tokenizer, as CLIP itself builds them."""
    path = resource_path("models", "clip-bpe", "bpe_simple_vocab_16e6.txt.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    merges = [tuple(line.split()) for line in lines[1:_N_MERGES + 1]]
    alphabet = list(byte_alphabet().values())
    vocab = alphabet + [c + "</w>" for c in alphabet]
    vocab += ["".join(m) for m in merges]
    vocab += ["<|startoftext|>", "<|endoftext|>"]
    vocab_json = json.dumps({token: i for i, token in enumerate(vocab)}, ensure_ascii=False)
    merges_txt = "#version: 0.2\n" + "\n".join(" ".join(m) for m in merges) + "\n"
    return vocab_json, merges_txt


def byte_alphabet() -> dict[int, str]:
    """Byte-level BPE: each byte is a printable character (control bytes moved above 255)."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1),
                 *range(ord("®"), ord("ÿ") + 1)]
    codes = printable[:]
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            codes.append(256 + extra)
            extra += 1
    return {b: chr(c) for b, c in zip(printable, codes, strict=True)}
