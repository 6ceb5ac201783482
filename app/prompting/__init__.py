"""Brief, brand voice and fact sheet to prompts; channel templates; the prompt linter."""
