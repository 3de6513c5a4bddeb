"""Suite-wide plugins. The network guard lives in tests/network_guard.py; it is loaded from here
because ``-p tests.network_guard`` in addopts runs before the project folder is importable
(``.venv/bin/pytest`` does not put it on sys.path), while this file always loads first."""

pytest_plugins = ["tests.network_guard"]
