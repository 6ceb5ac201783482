"""Domain types, errors, settings and translations. Imports nothing heavy and nothing of the app."""
