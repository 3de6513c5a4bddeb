"""Use cases that join the store and the domain: concerns, demo data, import/export, backup."""
