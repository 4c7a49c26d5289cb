"""A persistent, content-addressed translation cache in SQLite.

Key: sha256 of (model revision, backend settings, decoding settings, sentence).
Value: the Translation as JSON. WAL mode, a busy timeout and one short
transaction per batch make it safe when an audit is interrupted (Ctrl-C,
kill: the last batch is simply not there) and when several audits share one
cache folder at once (readers never block, writers wait their turn).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    value TEXT NOT NULL,
    created REAL NOT NULL
)
"""
BUSY_TIMEOUT_MS = 60_000


def cache_key(model_revision: str, settings: str, text: str) -> str:
    return hashlib.sha256(json.dumps([model_revision, settings, text]).encode("utf-8")).hexdigest()


class TranslationCache:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode; writes use explicit short transactions.
        self.conn = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000,
                                    isolation_level=None, check_same_thread=False)
        self.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute(SCHEMA)

    def get_many(self, keys: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i:i + 500]
            q = f"SELECT key, value FROM translations WHERE key IN ({','.join('?' * len(chunk))})"
            out.update(self.conn.execute(q, chunk).fetchall())
        return out

    def put_many(self, rows: list[tuple[str, str, str, str]]) -> None:
        """rows: (key, model, source text, value). One short transaction."""
        if not rows:
            return
        now = time.time()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.executemany(
                "INSERT OR IGNORE INTO translations (key, model, source, value, created) VALUES (?, ?, ?, ?, ?)",
                [(*r, now) for r in rows])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
