"""Bundled resources: icons, fonts, translations."""
