"""Where mtaudit keeps what it can rebuild: translations, word-frequency tables.

A module of its own, importing nothing of mtaudit's: the frequency tables
(used by the language helpers that the config imports) need it, and taking
it from the config made an import circle config -> languages -> frequencies
-> config.
"""
from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir(configured: str | None = None) -> Path:
    """The cache folder: the configured one, else $MTAUDIT_CACHE, else
    ~/.cache/mtaudit (a folder in the system's temporary folder for an
    account without a home, as some CI containers run)."""
    if configured:
        return Path(configured).expanduser()
    if os.environ.get("MTAUDIT_CACHE"):
        return Path(os.environ["MTAUDIT_CACHE"]).expanduser()
    try:
        return Path.home() / ".cache" / "mtaudit"
    except RuntimeError:      # no $HOME and no password-database entry
        import tempfile
        user = os.getuid() if hasattr(os, "getuid") else "user"
        return Path(tempfile.gettempdir()) / f"mtaudit-cache-{user}"
