"""Use cases: generate, review, export. The only entry points the UI and the command line use."""
