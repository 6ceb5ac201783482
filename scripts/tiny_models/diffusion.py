"""Tiny random-weight diffusers pipelines, built offline (FACTS.md, "Images").

- "sd-tiny": SD-shaped (UNet with cross-attention 32, two-block VAE, one CLIP text encoder).
- "sdxl-tiny": SDXL-shaped (text_time conditioning, two text encoders, the second with projection).
- "sd-tiny-single-file": sd-tiny as one original-layout (LDM) .safetensors file, with the diffusers
  config folder it needs beside it (`<stem>.config/`), as a user's A1111 checkpoint would be.
- "sd-tiny-lora": a LoRA for sd-tiny in the diffusers/PEFT format, one .safetensors file.

The native size of the tiny models is 64 px (UNet sample_size 32 x VAE scale factor 2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from scripts.tiny_models import builder, ensure

SEED = 1234
# a few merges so that common words become single tokens (the rest stays byte-level)
_MERGES = ["t h", "th e</w>", "a n", "an d</w>", "o n</w>", "i n", "r e", "e r</w>", "c a",
           "ca t</w>", "o f</w>", "p h", "ph o", "pho t", "phot o</w>"]


def bytes_to_unicode() -> dict[int, str]:
    """The byte-level BPE alphabet: every byte maps to a printable character."""
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
                 + list(range(ord("®"), ord("ÿ") + 1)))
    chars = printable[:]
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return dict(zip(printable, [chr(c) for c in chars], strict=True))


def write_tokenizer(folder: Path, *, pad_token: str = "<|endoftext|>") -> int:
    """A CLIP tokenizer (vocab.json + merges.txt) written by hand. Returns the vocabulary size."""
    from transformers import CLIPTokenizer

    alphabet = list(bytes_to_unicode().values())
    vocab_list = alphabet + [c + "</w>" for c in alphabet]
    vocab_list += ["".join(m.split()) for m in _MERGES]
    vocab_list += ["<|startoftext|>", "<|endoftext|>"]
    raw = folder / ".raw"
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "vocab.json").write_text(json.dumps({t: i for i, t in enumerate(vocab_list)}),
                                    encoding="utf-8")
    (raw / "merges.txt").write_text("#version: 0.2\n" + "\n".join(_MERGES) + "\n", encoding="utf-8")
    (raw / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "CLIPTokenizer", "model_max_length": 77, "pad_token": pad_token,
        "bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>",
        "unk_token": "<|endoftext|>"}), encoding="utf-8")
    CLIPTokenizer.from_pretrained(raw).save_pretrained(folder)
    shutil.rmtree(raw)
    return len(vocab_list)


def _text_config(vocab_size: int, *, projection: bool = False):
    from transformers import CLIPTextConfig

    return CLIPTextConfig(
        bos_token_id=vocab_size - 2, eos_token_id=vocab_size - 1, pad_token_id=vocab_size - 1,
        hidden_size=32, intermediate_size=37, layer_norm_eps=1e-05, num_attention_heads=4,
        num_hidden_layers=5, vocab_size=vocab_size, max_position_embeddings=77,
        hidden_act="gelu", projection_dim=32 if projection else 512,
    )


def _vae():
    from diffusers import AutoencoderKL

    return AutoencoderKL(
        block_out_channels=[32, 64], in_channels=3, out_channels=3,
        down_block_types=["DownEncoderBlock2D", "DownEncoderBlock2D"],
        up_block_types=["UpDecoderBlock2D", "UpDecoderBlock2D"], latent_channels=4,
        sample_size=64,
    )


def _scheduler():
    from diffusers import EulerDiscreteScheduler

    return EulerDiscreteScheduler(beta_start=0.00085, beta_end=0.012,
                                  beta_schedule="scaled_linear", num_train_timesteps=1000,
                                  steps_offset=1, timestep_spacing="leading")


@builder("sd-tiny", "3")
def build_sd_tiny(folder: Path) -> None:
    import torch
    from diffusers import StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextModel, CLIPTokenizer

    torch.manual_seed(SEED)
    unet = UNet2DConditionModel(
        block_out_channels=(32, 64), layers_per_block=2, sample_size=32, in_channels=4,
        out_channels=4, down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"), cross_attention_dim=32,
    )
    vae = _vae()
    vocab_size = write_tokenizer(folder / "tokenizer")
    text_encoder = CLIPTextModel(_text_config(vocab_size))
    pipe = StableDiffusionPipeline(
        unet=unet, vae=vae, text_encoder=text_encoder,
        tokenizer=CLIPTokenizer.from_pretrained(folder / "tokenizer"), scheduler=_scheduler(),
        safety_checker=None, feature_extractor=None, requires_safety_checker=False,
    )
    pipe.save_pretrained(folder, safe_serialization=True)


@builder("sdxl-tiny", "3")
def build_sdxl_tiny(folder: Path) -> None:
    import torch
    from diffusers import StableDiffusionXLPipeline, UNet2DConditionModel
    from transformers import CLIPTextModel, CLIPTextModelWithProjection, CLIPTokenizer

    torch.manual_seed(SEED)
    unet = UNet2DConditionModel(
        block_out_channels=(32, 64), layers_per_block=2, sample_size=32, in_channels=4,
        out_channels=4, down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"), attention_head_dim=(2, 4),
        use_linear_projection=True, addition_embed_type="text_time", addition_time_embed_dim=8,
        transformer_layers_per_block=(1, 2),
        projection_class_embeddings_input_dim=80,  # 6 time ids x 8 + the pooled 32
        cross_attention_dim=64, norm_num_groups=1,
    )
    vae = _vae()
    vocab_size = write_tokenizer(folder / "tokenizer")
    write_tokenizer(folder / "tokenizer_2", pad_token="!")
    pipe = StableDiffusionXLPipeline(
        unet=unet, vae=vae, scheduler=_scheduler(),
        text_encoder=CLIPTextModel(_text_config(vocab_size)),
        text_encoder_2=CLIPTextModelWithProjection(_text_config(vocab_size, projection=True)),
        tokenizer=CLIPTokenizer.from_pretrained(folder / "tokenizer"),
        tokenizer_2=CLIPTokenizer.from_pretrained(folder / "tokenizer_2"),
    )
    pipe.save_pretrained(folder, safe_serialization=True)


@builder("sd-tiny-single-file", "3")
def build_sd_tiny_single_file(folder: Path) -> None:
    """sd-tiny in the original single-file layout, plus the config folder that loading needs."""
    from diffusers import StableDiffusionPipeline
    from safetensors.torch import save_file

    from scripts.tiny_models.ldm_layout import pipeline_to_ldm

    source = ensure("sd-tiny")
    pipe = StableDiffusionPipeline.from_pretrained(source, local_files_only=True)
    state = {k: v.contiguous() for k, v in pipeline_to_ldm(pipe).items()}
    save_file(state, folder / "tiny-sd.safetensors", metadata={"format": "pt"})
    config = folder / "tiny-sd.config"
    for item in source.iterdir():
        if item.is_dir():
            for sub in item.iterdir():
                if sub.suffix == ".json" or item.name.startswith("tokenizer"):
                    (config / item.name).mkdir(parents=True, exist_ok=True)
                    shutil.copy2(sub, config / item.name / sub.name)
        elif item.suffix == ".json":
            config.mkdir(parents=True, exist_ok=True)
            shutil.copy2(item, config / item.name)


@builder("sd-tiny-lora", "2")
def build_sd_tiny_lora(folder: Path) -> None:
    """A LoRA (rank 4) on the attention projections of sd-tiny's UNet, with strong random weights
    so that applying it visibly changes the image."""
    import torch
    from diffusers import StableDiffusionPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    pipe = StableDiffusionPipeline.from_pretrained(ensure("sd-tiny"), local_files_only=True)
    torch.manual_seed(SEED + 1)
    pipe.unet.add_adapter(LoraConfig(r=4, lora_alpha=4, init_lora_weights=False,
                                     target_modules=["to_q", "to_k", "to_v", "to_out.0"]))
    with torch.no_grad():
        for name, param in pipe.unet.named_parameters():
            if "lora_" in name:
                param.normal_(0.0, 0.5)
    layers = get_peft_model_state_dict(pipe.unet)
    StableDiffusionPipeline.save_lora_weights(folder, unet_lora_layers=layers,
                                              weight_name="tiny-lora.safetensors")


def write_t5_tokenizer(folder: Path) -> int:
    """A T5 (unigram) tokenizer with a small vocabulary: the letters, digits and a few words."""
    from transformers import T5Tokenizer

    pieces = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0)]
    pieces += [(f"▁{w}", -1.0) for w in ("a", "the", "cat", "photo", "of", "and")]
    pieces += [(c, -3.0) for c in "abcdefghijklmnopqrstuvwxyz0123456789.,"]
    tokenizer = T5Tokenizer(vocab=pieces, extra_ids=0, model_max_length=512)
    tokenizer.save_pretrained(folder)
    return len(pieces)


@builder("flux-tiny", "1")
def build_flux_tiny(folder: Path) -> None:
    """FLUX-shaped: a small flow-matching transformer, CLIP and T5 text encoders, 16-channel-free
    tiny VAE (one latent channel, packed 2x2 as FLUX does)."""
    import torch
    from diffusers import (
        AutoencoderKL,
        FlowMatchEulerDiscreteScheduler,
        FluxPipeline,
        FluxTransformer2DModel,
    )
    from transformers import CLIPTextModel, CLIPTokenizer, T5Config, T5EncoderModel, T5Tokenizer

    torch.manual_seed(SEED)
    transformer = FluxTransformer2DModel(
        patch_size=1, in_channels=4, num_layers=1, num_single_layers=1, attention_head_dim=16,
        num_attention_heads=2, joint_attention_dim=32, pooled_projection_dim=32,
        axes_dims_rope=[4, 4, 8])
    vocab_size = write_tokenizer(folder / "tokenizer")
    t5_vocab = write_t5_tokenizer(folder / "tokenizer_2")
    text_encoder_2 = T5EncoderModel(T5Config(
        vocab_size=t5_vocab, d_model=32, d_kv=8, d_ff=37, num_layers=2, num_heads=4,
        decoder_start_token_id=0, pad_token_id=0, eos_token_id=1))
    vae = AutoencoderKL(sample_size=32, in_channels=3, out_channels=3, block_out_channels=(4,),
                        layers_per_block=1, latent_channels=1, norm_num_groups=1,
                        use_quant_conv=False, use_post_quant_conv=False, shift_factor=0.0609,
                        scaling_factor=1.5035)
    pipe = FluxPipeline(
        transformer=transformer, vae=vae, scheduler=FlowMatchEulerDiscreteScheduler(),
        text_encoder=CLIPTextModel(_text_config(vocab_size)),
        tokenizer=CLIPTokenizer.from_pretrained(folder / "tokenizer"),
        text_encoder_2=text_encoder_2,
        tokenizer_2=T5Tokenizer.from_pretrained(folder / "tokenizer_2"))
    pipe.save_pretrained(folder, safe_serialization=True)


@builder("taesd-tiny", "1")
def build_taesd_tiny(folder: Path) -> None:
    """A tiny autoencoder (TAESD-shaped) for the previews of the tiny SD models (scale 2)."""
    import torch
    from diffusers import AutoencoderTiny

    torch.manual_seed(SEED)
    AutoencoderTiny(encoder_block_out_channels=(8, 8), decoder_block_out_channels=(8, 8),
                    num_encoder_blocks=(1, 1), num_decoder_blocks=(1, 1),
                    latent_channels=4).save_pretrained(folder, safe_serialization=True)
