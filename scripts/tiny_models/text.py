"""A tiny random-weight causal language model (Llama-shaped) with a byte-level BPE tokenizer
trained offline on a few sentences, and a ChatML chat template. It writes gibberish, fast: enough
to exercise loading, chat templates, streaming and cancel of the in-process text provider."""

from __future__ import annotations

from pathlib import Path

from scripts.tiny_models import builder

CORPUS = [
    "Write three headlines for a mineral sunscreen, SPF 50, for families.",
    "Écrivez trois titres pour une crème solaire minérale, SPF 50, pour les familles.",
    "1. Protection très haute pour toute la famille",
    "2. Filtres minéraux, peau protégée",
    "3. L'été sans coup de soleil",
    "Headline: Sun care the whole family trusts",
    "Description: Mineral filters, very high protection, gentle on skin.",
    "Titre : Le soleil en toute confiance. Description : Des filtres minéraux.",
    "#summer #sunscreen #famille #été",
]
CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}"
    "<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]


def _tokenizer(folder: Path):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=SPECIAL,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)
    tok.train_from_iterator(CORPUS * 4, trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<|im_start|>",
                                   eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                   unk_token="<|endoftext|>", model_max_length=512)
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(folder)
    return fast


@builder("tiny-text-llama", "1")
def build_tiny_text_llama(folder: Path) -> None:
    import torch
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM

    tok = _tokenizer(folder)
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tok), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512,
        bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id, tie_word_embeddings=True)
    model = LlamaForCausalLM(config).eval()
    model.generation_config = GenerationConfig(
        bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id)
    model.save_pretrained(folder, safe_serialization=True)
    (folder / "README.md").write_text(
        "---\nlicense: apache-2.0\n---\n# tiny-text-llama\nRandom weights, for tests only.\n",
        encoding="utf-8")
