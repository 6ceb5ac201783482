"""Text, image and audio backends behind small protocols. Heavy libraries (torch, diffusers,
transformers, openai) are imported inside the code that uses them, never at module import."""
