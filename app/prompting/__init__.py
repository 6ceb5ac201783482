"""Brief + brand voice + fact sheet -> prompts; channel templates; variants; the prompt linter;
the grounding check; Markdown rendered to safe HTML. No Qt, no model library."""
