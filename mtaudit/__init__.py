"""mtaudit: a machine-translation quality auditor."""
__version__ = "0.1.0"

from .pipeline import audit  # noqa: E402

__all__ = ["audit", "__version__"]
