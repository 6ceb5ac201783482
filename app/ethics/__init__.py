"""The ethics checklist: checks, sign-offs, the export gate."""
