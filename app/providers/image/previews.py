"""Cheap previews decoded from the latents during generation: a linear map from the latent
channels to RGB (one small matrix product, no VAE), or a tiny autoencoder (TAESD) when one is in
the model library. Good enough to see composition and colour while the steps run."""

from __future__ import annotations

import io

# Least-squares fits of the VAE decoder's output colour against the latent channels, as
# published for SD 1.x/2.x and SDXL latents (rows: latent channels; columns: R, G, B).
SD_FACTORS = [[0.3512, 0.2297, 0.3227], [0.3250, 0.4974, 0.2350],
              [-0.2829, 0.1762, 0.2721], [-0.2120, -0.2616, -0.7177]]
SDXL_FACTORS = [[0.3651, 0.4232, 0.4341], [-0.2533, -0.0042, 0.1068],
                [0.1076, 0.1111, -0.0362], [-0.3165, -0.2492, -0.2188]]
SDXL_BIAS = [0.1084, -0.0175, -0.0011]
PREVIEW_MAX = 256  # px on the long side
PREVIEW_MIN = 128  # smaller latents are enlarged (nearest) up to about this


TINY_DECODERS = {"sdxl": "madebyollin/taesdxl", "sd3": "madebyollin/taesd3",
                 "flux": "madebyollin/taef1", "sd": "madebyollin/taesd"}


def tiny_decoder_for(family: str) -> str:
    for prefix, repo in TINY_DECODERS.items():
        if family.startswith(prefix):
            return repo
    return TINY_DECODERS["sd"]


def find_tiny_decoder(family: str):
    """The folder of the tiny autoencoder (TAESD) for this family when one is in a Hugging Face
    cache on this computer, else None. Nothing is downloaded for previews."""
    from app.providers.models.discovery import hf_cache_dirs

    repo = tiny_decoder_for(family)
    for cache in hf_cache_dirs():
        storage = cache / ("models--" + repo.replace("/", "--"))
        ref = storage / "refs" / "main"
        if ref.is_file():
            snapshot = storage / "snapshots" / ref.read_text(encoding="utf-8").strip()
            if (snapshot / "config.json").is_file():
                return snapshot
    return None


def load_tiny_decoder(family: str, device: str, dtype):
    folder = find_tiny_decoder(family)
    if folder is None:
        return None
    from diffusers import AutoencoderTiny

    try:
        decoder = AutoencoderTiny.from_pretrained(str(folder), dtype=dtype,
                                                  local_files_only=True, use_safetensors=True)
    except (OSError, ValueError) as exc:  # a broken cache entry: fall back to the linear map
        import logging

        logging.getLogger(__name__).warning("tiny autoencoder unusable: %s", exc)
        return None
    return decoder.to(device).eval()


def every(steps: int) -> int:
    """A preview every few steps: about five per image, never more often than every 2 steps."""
    return max(2, round(steps / 5))


def latents_to_png(latents, family: str, *, tiny_vae=None, pipe=None, size=None) -> bytes | None:
    """A small PNG of the first image in `latents` (B, C, h, w), or None when it cannot be made."""
    rgb = latents_to_rgb(latents, family, tiny_vae=tiny_vae, pipe=pipe, size=size)
    return None if rgb is None else _png(rgb.cpu().numpy())


def latents_to_rgb(latents, family: str, *, tiny_vae=None, pipe=None, size=None):
    """The first image of `latents` as an (h, w, 3) uint8 tensor, left on the latents' device."""
    import torch

    with torch.no_grad():
        latents = _unpack(latents, pipe, size)
        if latents is None or latents.ndim != 4:
            return None
        sample = latents[:1].float()
        if tiny_vae is not None:
            decoded = tiny_vae.decode(sample.to(tiny_vae.device, tiny_vae.dtype)).sample
            rgb = (decoded[0].float().clamp(-1, 1) + 1) / 2
        else:
            rgb = _linear(sample[0], family)
        return (rgb.permute(1, 2, 0) * 255).round().clamp(0, 255).to(torch.uint8)


class PreviewStream:
    """Previews without stalling the GPU: the small RGB image is copied to the host
    asynchronously and encoded at a later step, once the copy has landed (a plain `.cpu()` would
    make the CPU wait for every queued kernel, leaving the GPU idle while the PNG is made)."""

    def __init__(self):
        self._pending = None  # (host tensor, CUDA event or None)

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def start(self, rgb) -> None:
        import torch

        if rgb is None:
            return
        if rgb.is_cuda:
            host = torch.empty(rgb.shape, dtype=rgb.dtype, pin_memory=True)
            host.copy_(rgb, non_blocking=True)
            event = torch.cuda.Event()
            event.record()
            self._pending = (host, event)
        else:
            self._pending = (rgb, None)

    def take(self) -> bytes | None:
        """The PNG of the pending preview if its copy has landed, else None."""
        if self._pending is None:
            return None
        host, event = self._pending
        if event is not None and not event.query():
            return None
        self._pending = None
        return _png(host.cpu().numpy())


def _linear(latent, family: str):
    import torch

    channels = latent.shape[0]
    if channels == 4:
        xl = family.startswith("sdxl")
        factors = torch.tensor(SDXL_FACTORS if xl else SD_FACTORS, dtype=latent.dtype,
                               device=latent.device)
        rgb = torch.einsum("chw,cr->rhw", latent, factors)
        if xl:
            rgb = rgb + torch.tensor(SDXL_BIAS, dtype=latent.dtype,
                                     device=latent.device)[:, None, None]
        return ((rgb + 1) / 2).clamp(0, 1)
    # other latent spaces (SD3, FLUX: 16 channels): show the first three channels, normalised
    rgb = latent[:3] if channels >= 3 else latent[:1].expand(3, -1, -1)
    low = rgb.amin(dim=(1, 2), keepdim=True)
    high = rgb.amax(dim=(1, 2), keepdim=True)
    return ((rgb - low) / (high - low).clamp_min(1e-6)).clamp(0, 1)


def _unpack(latents, pipe, size):
    """FLUX packs latents as (B, tokens, C*4): unpack them to (B, C, h, w)."""
    if latents.ndim == 3 and pipe is not None and hasattr(pipe, "_unpack_latents") and size:
        width, height = size
        return pipe._unpack_latents(latents, height, width, pipe.vae_scale_factor)
    return latents


def _png(array) -> bytes:
    from PIL import Image

    image = Image.fromarray(array)
    longest = max(image.size)
    if longest < PREVIEW_MIN:
        factor = PREVIEW_MIN // longest
        if factor > 1:
            image = image.resize((image.width * factor, image.height * factor), Image.NEAREST)
    elif longest > PREVIEW_MAX:
        image.thumbnail((PREVIEW_MAX, PREVIEW_MAX))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()
