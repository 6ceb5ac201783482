"""Tiny random-weight audio models, built offline from configs (never downloaded):

- `tts-vits`: a VITS/MMS-shaped text-to-speech model (transformers VitsModel + VitsTokenizer with
  a character vocabulary, as MMS ships), 16 kHz.
- `music-musicgen`: a MusicGen-shaped text-to-music model (T5 text encoder, EnCodec audio codec,
  MusicGen decoder) with its processor, 16 kHz; a CC-BY-NC model card like Meta's.
- `music-stable-audio`: a Stable Audio-shaped diffusers pipeline (DiT, Oobleck VAE, T5), stereo,
  16 kHz.

They make noise, not music or speech; they exercise the real loading and generation code paths in
about a second on a CPU."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.tiny_models import builder

_LETTERS = "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôûùüÿœæ'-"
_WORDS = ["music", "upbeat", "calm", "jingle", "summer", "piano", "guitar", "drums", "soft",
          "bright", "ambient", "pop", "acoustic", "warm", "beach", "sun", "musique", "douce",
          "été", "plage", "joyeuse"]


def _card(folder: Path, licence: str, title: str) -> None:
    (folder / "README.md").write_text(
        f"---\nlicense: {licence}\ntags:\n- vitrine-tiny\n---\n# {title}\n\n"
        "Random weights built offline for tests. Makes noise.\n", encoding="utf-8")


def _t5_tokenizer():
    from transformers import T5Tokenizer

    vocab = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("\u2581", -2.0)]
    vocab += [("\u2581" + w, -3.0) for w in _WORDS]
    vocab += [(c, -5.0) for c in _LETTERS]
    return T5Tokenizer(vocab=vocab, extra_ids=0, model_max_length=64)


def _t5_config(vocab_size: int):
    from transformers import T5Config

    return T5Config(vocab_size=vocab_size, d_model=16, d_kv=4, d_ff=32, num_layers=2,
                    num_heads=2, relative_attention_num_buckets=8, decoder_start_token_id=0)


@builder("tts-vits", "1")
def build_vits(folder: Path) -> None:
    import torch
    from transformers import VitsConfig, VitsModel, VitsTokenizer

    torch.manual_seed(0)
    symbols = ["<pad>", "<unk>", " ", *_LETTERS]
    vocab = {s: i for i, s in enumerate(symbols)}
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = VitsTokenizer(str(folder / "vocab.json"), language="fra", add_blank=True,
                              normalize=True, phonemize=False, is_uroman=False)
    config = VitsConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
        ffn_dim=32, flow_size=16, spectrogram_bins=16, prior_encoder_num_flows=2,
        prior_encoder_num_wavenet_layers=2, posterior_encoder_num_wavenet_layers=2,
        duration_predictor_num_flows=2, duration_predictor_filter_channels=16,
        upsample_initial_channel=32, upsample_rates=[8, 8, 4], upsample_kernel_sizes=[16, 16, 8],
        resblock_kernel_sizes=[3], resblock_dilation_sizes=[[1, 3]], sampling_rate=16000,
        use_stochastic_duration_prediction=True)
    model = VitsModel(config).eval()
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    _card(folder, "cc-by-nc-4.0", "tiny-mms-tts (VITS)")


@builder("music-musicgen", "1")
def build_musicgen(folder: Path) -> None:
    import torch
    from transformers import (
        EncodecConfig,
        EncodecFeatureExtractor,
        MusicgenConfig,
        MusicgenDecoderConfig,
        MusicgenForConditionalGeneration,
        MusicgenProcessor,
    )

    torch.manual_seed(0)
    tokenizer = _t5_tokenizer()
    codebooks, codebook_size = 2, 64
    audio = EncodecConfig(
        sampling_rate=16000, audio_channels=1, hidden_size=16, num_filters=4,
        num_residual_layers=1, upsampling_ratios=[8, 5, 4, 2], codebook_size=codebook_size,
        codebook_dim=16, target_bandwidths=[0.6], use_causal_conv=False, normalize=False,
        compress=2, num_lstm_layers=1)
    decoder = MusicgenDecoderConfig(
        vocab_size=codebook_size, hidden_size=16, num_hidden_layers=2, num_attention_heads=2,
        ffn_dim=32, num_codebooks=codebooks, max_position_embeddings=512,
        pad_token_id=codebook_size, bos_token_id=codebook_size, audio_channels=1)
    config = MusicgenConfig(text_encoder=_t5_config(len(tokenizer)).to_dict(),
                            audio_encoder=audio.to_dict(), decoder=decoder.to_dict())
    assert audio.num_quantizers == codebooks, audio.num_quantizers
    model = MusicgenForConditionalGeneration(config).eval()
    model.generation_config.decoder_start_token_id = codebook_size
    model.generation_config.pad_token_id = codebook_size
    model.generation_config.do_sample = True
    model.generation_config.guidance_scale = 3.0
    model.generation_config.max_length = 1500
    model.save_pretrained(folder, safe_serialization=True)
    extractor = EncodecFeatureExtractor(feature_size=1, sampling_rate=16000)
    MusicgenProcessor(feature_extractor=extractor, tokenizer=tokenizer).save_pretrained(folder)
    _card(folder, "cc-by-nc-4.0", "tiny-musicgen")


@builder("music-stable-audio", "1")
def build_stable_audio(folder: Path) -> None:
    import torch
    from diffusers import (
        AutoencoderOobleck,
        CosineDPMSolverMultistepScheduler,
        StableAudioDiTModel,
        StableAudioPipeline,
    )
    from diffusers.pipelines.stable_audio import StableAudioProjectionModel
    from transformers import T5EncoderModel

    torch.manual_seed(0)
    tokenizer = _t5_tokenizer()
    text_encoder = T5EncoderModel(_t5_config(len(tokenizer))).eval()
    transformer = StableAudioDiTModel(
        sample_size=512, in_channels=4, num_layers=2, attention_head_dim=8,
        num_attention_heads=2, num_key_value_attention_heads=1, out_channels=4,
        cross_attention_dim=16, time_proj_dim=8, global_states_input_dim=16,
        cross_attention_input_dim=8)
    vae = AutoencoderOobleck(encoder_hidden_size=4, downsampling_ratios=[4, 8, 8],
                             decoder_channels=4, decoder_input_channels=4, audio_channels=2,
                             channel_multiples=[1, 2, 2], sampling_rate=16000)
    projection = StableAudioProjectionModel(text_encoder_dim=16, conditioning_dim=8,
                                            min_value=0, max_value=64)
    scheduler = CosineDPMSolverMultistepScheduler(
        solver_order=2, prediction_type="v_prediction", sigma_data=1.0,
        sigma_schedule="exponential")
    pipe = StableAudioPipeline(vae=vae, text_encoder=text_encoder, projection_model=projection,
                               tokenizer=tokenizer, transformer=transformer, scheduler=scheduler)
    pipe.save_pretrained(folder, safe_serialization=True)
    _card(folder, "other", "tiny-stable-audio")
    card = (folder / "README.md").read_text(encoding="utf-8")
    (folder / "README.md").write_text(card.replace("license: other",
                                                   "license: other\nlicense_name: "
                                                   "stable-audio-community"), encoding="utf-8")
