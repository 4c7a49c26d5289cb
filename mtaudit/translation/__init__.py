"""Back-translation and round trips with MarianMT models (see service.py)."""
