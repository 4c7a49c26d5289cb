"""The checks. Each module in this package defines one or more Check classes.

Modules are discovered, not listed, so adding a check is adding a file. Codes
are stable: MT1xx target-language checks, MT2xx dates and numbers, MT3xx
repetition and consistency, MT4xx bilingual (source against target), MT5xx
model signals (back-translation and round trip).
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from .base import Check, CheckContext

__all__ = ["Check", "CheckContext", "all_checks", "get_check"]


@lru_cache(maxsize=1)
def all_checks() -> tuple[type[Check], ...]:
    found: dict[str, type[Check]] = {}
    for mod in pkgutil.iter_modules(__path__):
        if mod.name.startswith("_") or mod.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        for obj in vars(module).values():
            if (isinstance(obj, type) and issubclass(obj, Check) and obj is not Check
                    and obj.__module__ == module.__name__ and "code" in vars(obj)):
                if obj.code in found and found[obj.code] is not obj:
                    raise RuntimeError(f"duplicate check code {obj.code}")
                found[obj.code] = obj
    return tuple(found[c] for c in sorted(found))


def get_check(code: str) -> type[Check]:
    for c in all_checks():
        if c.code == code.upper():
            return c
    raise KeyError(code)
