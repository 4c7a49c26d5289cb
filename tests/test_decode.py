"""Bytes → text: encodings, BOMs, damaged UTF-8, binary, and files that are not files."""
from __future__ import annotations

import codecs
import errno
import os
import socket
from pathlib import Path

import pytest

from mtaudit.corpus.decode import decode, read_bytes, replaced_bytes_warning

FR_LONG = ("Le président a déclaré jeudi que l’économie française « résiste » malgré la crise ; "
           "le cœur du problème reste le prix de l’énergie, 12 € de plus par mois pour les ménages.")
FR_SHORT = ["Le café coûte 3 €.", "« L’œuvre » est là.", "Élève à l’école, où ça ?", "Déjà vu.", "Noël"]


@pytest.mark.parametrize("bom,enc,label", [
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be (BOM)"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be (BOM)"),
])
def test_bom_decides_the_encoding_and_is_stripped(bom, enc, label):
    text = "Titre\r\nLe cœur 🙂 du sujet.\rFin"
    out, encoding, error = decode(bom + text.encode(enc))
    assert (out, encoding, error) == (text, label, None)


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_not_called_binary(enc):
    out, encoding, error = decode(FR_LONG.encode(enc))
    assert error is None and out == FR_LONG and encoding == f"{enc} (no BOM)"


def test_plain_utf8_keeps_newlines_untouched():
    text = "a\r\nb\rc\nd\u2028e"
    assert decode(text.encode("utf-8")) == (text, "utf-8", None)


@pytest.mark.parametrize("text", [FR_LONG, *FR_SHORT])
def test_french_cp1252_is_not_mistaken_for_cp1250(text):
    # charset-normalizer alone reads these as cp1250 ("à" -> "ŕ", "œ" -> "ś").
    out, encoding, error = decode(text.encode("cp1252"))
    assert error is None
    assert out == text, (encoding, out)
    assert encoding == "cp1252"


def test_latin1_french_decodes_to_the_same_text():
    text = "Déjà l’été à Noël, où ça ?".replace("’", "'")
    out, _, error = decode(text.encode("latin-1"))
    assert error is None and out == text


@pytest.mark.parametrize("text,enc", [
    ("Příliš žluťoučký kůň úpěl ďábelské ódy. Věta obsahuje všechna česká písmena.", "cp1250"),
    ("Москва — столица России, крупнейший город страны и важный культурный центр.", "cp1251"),
    ("Die Straße führt über die Brücke zur großen Stadt, wo Bäcker Brötchen verkaufen.", "cp1252"),
])
def test_other_legacy_encodings(text, enc):
    out, _, error = decode(text.encode(enc))
    assert error is None and out == text


def test_damaged_utf8_is_decoded_with_replacements_and_says_so():
    good = "Le président a été élu à Paris, déjà réélu. " * 3
    data = good.encode()
    cut = data.index(b" Paris")        # between two characters, not inside "é"
    damaged = data[:cut] + b"\xff\xfe" + data[cut:]
    out, encoding, error = decode(damaged)
    assert error is None
    assert out.count("\ufffd") == 2 and out.replace("\ufffd", "") == good
    assert encoding.startswith("utf-8 (2 invalid bytes replaced") and f"first at byte {cut}" in encoding
    assert "damaged UTF-8" in replaced_bytes_warning(encoding)
    assert replaced_bytes_warning("utf-8") is None


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (b" \n\t\r\n ", "only whitespace"),
    (codecs.BOM_UTF8 + b"   ", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary content"),
    (b"%PDF-1.4\n" + bytes(range(1, 9)) * 100, "binary content"),
    (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable utf-16-le text at byte 2"),
])
def test_unusable_bytes_get_a_reason(data, reason):
    out, _, error = decode(data)
    assert out is None and reason in error


# -- reading files ------------------------------------------------------------

def test_regular_file_is_read(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"Bonjour.")
    assert read_bytes(p, 100) == (b"Bonjour.", None)


def test_max_bytes_turns_big_files_into_errors(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"x" * 101)
    data, error = read_bytes(p, 100)
    assert data is None and "file too large: 101 bytes, over --max-bytes 100" == error


def test_fifo_is_an_error_and_does_not_block(tmp_path):
    p = tmp_path / "pipe.txt"
    os.mkfifo(p)          # nobody writes to it: opening it blocking would hang
    assert read_bytes(p, 100) == (None, "not a regular file: named pipe")


def test_socket_and_device_are_errors(tmp_path):
    sock_path = tmp_path / "s.txt"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(sock_path))
        assert read_bytes(sock_path, 100) == (None, "not a regular file: socket")
    finally:
        s.close()
    assert read_bytes(Path("/dev/zero"), 100) == (None, "not a regular file: character device")


def test_links_and_folders(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "missing.txt")
    assert read_bytes(broken, 100)[1] == "broken symbolic link: its target does not exist"
    loop = tmp_path / "self.txt"
    loop.symlink_to(loop)
    assert read_bytes(loop, 100)[1] == "symbolic link loop: the link points back to itself"
    up = tmp_path / "sub"
    up.mkdir()
    (up / "up").symlink_to(tmp_path)
    assert "symbolic link loop" in read_bytes(up / "up", 100)[1]
    assert read_bytes(up, 100)[1] == "is a directory"


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    # Tests run as root, who may read anything: simulate the refusal.
    p = tmp_path / "secret.txt"
    p.write_text("Bonjour.")
    real_open = os.open

    def refuse(path, *a, **k):
        if str(path) == str(p):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(os, "open", refuse)
    assert read_bytes(p, 100) == (None, "permission denied")
