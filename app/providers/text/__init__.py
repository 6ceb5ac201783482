"""Text providers: chat completions over the OpenAI API (cloud or any compatible server) and an
in-process transformers model. Nothing heavy is imported at package import."""
