"""Vitrine: a desktop studio for marketing campaigns."""

__version__ = "0.1.0"
APP_NAME = "Vitrine"
