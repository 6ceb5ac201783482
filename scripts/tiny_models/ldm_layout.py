"""Write a diffusers SD pipeline's weights in the original single-file (LDM) key layout, the one
A1111 / ComfyUI checkpoints use, so that tests can load a real single-file checkpoint. Only the
test builders need this direction; diffusers itself converts the other way when loading."""

from __future__ import annotations

import re

_RESNET = [("norm1", "in_layers.0"), ("conv1", "in_layers.2"), ("norm2", "out_layers.0"),
           ("conv2", "out_layers.3"), ("time_emb_proj", "emb_layers.1"),
           ("conv_shortcut", "skip_connection")]
_UNET_TOP = {
    "time_embedding.linear_1": "time_embed.0", "time_embedding.linear_2": "time_embed.2",
    "add_embedding.linear_1": "label_emb.0.0", "add_embedding.linear_2": "label_emb.0.2",
    "conv_in": "input_blocks.0.0", "conv_norm_out": "out.0", "conv_out": "out.2",
}
_VAE_TOP = {"conv_norm_out": "norm_out"}
_VAE_ATTN = {"group_norm": "norm", "to_q": "q", "to_k": "k", "to_v": "v", "to_out.0": "proj_out"}


def _resnet(rest: str) -> str:
    for new, old in _RESNET:
        if rest.startswith(new + "."):
            return old + rest[len(new):]
    return rest


def unet_to_ldm(state: dict, config) -> dict:
    per = config["layers_per_block"] + 1
    up_has_attn = {int(m.group(1)) for k in state
                   if (m := re.match(r"up_blocks\.(\d+)\.attentions\.", k))}
    out = {}
    for key, value in state.items():
        out[_unet_key(key, per, up_has_attn)] = value
    return out


def _unet_key(key: str, per: int, up_has_attn: set[int]) -> str:
    module, _, param = key.rpartition(".")
    if module in _UNET_TOP:
        return f"{_UNET_TOP[module]}.{param}"
    if m := re.match(r"down_blocks\.(\d+)\.(resnets|attentions)\.(\d+)\.(.*)", key):
        b, kind, j, rest = int(m[1]), m[2], int(m[3]), m[4]
        index = b * per + j + 1
        return (f"input_blocks.{index}.0.{_resnet(rest)}" if kind == "resnets"
                else f"input_blocks.{index}.1.{rest}")
    if m := re.match(r"down_blocks\.(\d+)\.downsamplers\.0\.conv\.(.*)", key):
        return f"input_blocks.{(int(m[1]) + 1) * per}.0.op.{m[2]}"
    if m := re.match(r"mid_block\.resnets\.(\d+)\.(.*)", key):
        return f"middle_block.{2 * int(m[1])}.{_resnet(m[2])}"
    if m := re.match(r"mid_block\.attentions\.0\.(.*)", key):
        return f"middle_block.1.{m[1]}"
    if m := re.match(r"up_blocks\.(\d+)\.(resnets|attentions)\.(\d+)\.(.*)", key):
        b, kind, j, rest = int(m[1]), m[2], int(m[3]), m[4]
        index = b * per + j
        return (f"output_blocks.{index}.0.{_resnet(rest)}" if kind == "resnets"
                else f"output_blocks.{index}.1.{rest}")
    if m := re.match(r"up_blocks\.(\d+)\.upsamplers\.0\.conv\.(.*)", key):
        b = int(m[1])
        slot = 2 if b in up_has_attn else 1
        return f"output_blocks.{b * per + per - 1}.{slot}.conv.{m[2]}"
    raise KeyError(f"no LDM name for UNet key {key}")


def vae_to_ldm(state: dict, config) -> dict:
    n_up = len(config["up_block_types"])
    out = {}
    for key, value in state.items():
        name, value = _vae_key(key, value, n_up)
        out[name] = value
    return out


def _vae_key(key: str, value, n_up: int):
    side, _, rest = key.partition(".")
    if side not in ("encoder", "decoder"):
        return key, value  # quant_conv, post_quant_conv
    module, _, param = rest.rpartition(".")
    if module in _VAE_TOP:
        return f"{side}.{_VAE_TOP[module]}.{param}", value
    if m := re.match(r"down_blocks\.(\d+)\.resnets\.(\d+)\.(.*)", rest):
        return f"{side}.down.{m[1]}.block.{m[2]}.{_shortcut(m[3])}", value
    if m := re.match(r"down_blocks\.(\d+)\.downsamplers\.0\.conv\.(.*)", rest):
        return f"{side}.down.{m[1]}.downsample.conv.{m[2]}", value
    if m := re.match(r"up_blocks\.(\d+)\.resnets\.(\d+)\.(.*)", rest):
        return f"{side}.up.{n_up - 1 - int(m[1])}.block.{m[2]}.{_shortcut(m[3])}", value
    if m := re.match(r"up_blocks\.(\d+)\.upsamplers\.0\.conv\.(.*)", rest):
        return f"{side}.up.{n_up - 1 - int(m[1])}.upsample.conv.{m[2]}", value
    if m := re.match(r"mid_block\.resnets\.(\d+)\.(.*)", rest):
        return f"{side}.mid.block_{int(m[1]) + 1}.{_shortcut(m[2])}", value
    if m := re.match(r"mid_block\.attentions\.0\.(.*)\.(weight|bias)", rest):
        name = _VAE_ATTN[m[1]]
        if m[2] == "weight" and name != "norm":
            value = value[:, :, None, None]  # linear -> 1x1 conv, as the original stores them
        return f"{side}.mid.attn_1.{name}.{m[2]}", value
    return f"{side}.{rest}", value


def _shortcut(rest: str) -> str:
    return rest.replace("conv_shortcut", "nin_shortcut")


def clip_to_ldm(state: dict) -> dict:
    out = {}
    for key, value in state.items():
        if key.endswith("position_ids"):
            continue
        name = key if key.startswith("text_model.") else "text_model." + key
        out["cond_stage_model.transformer." + name] = value
    return out


def pipeline_to_ldm(pipe) -> dict:
    """One state dict in the original layout: UNet, VAE and CLIP text encoder of an SD pipeline."""
    state = {}
    unet = unet_to_ldm(pipe.unet.state_dict(), pipe.unet.config)
    state.update({"model.diffusion_model." + k: v for k, v in unet.items()})
    vae = vae_to_ldm(pipe.vae.state_dict(), pipe.vae.config)
    state.update({"first_stage_model." + k: v for k, v in vae.items()})
    state.update(clip_to_ldm(pipe.text_encoder.state_dict()))
    return state
