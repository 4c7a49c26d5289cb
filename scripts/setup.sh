#!/usr/bin/env bash
# Set up mtaudit on a fresh machine: a virtual environment in .venv with
# everything the tool and its tests need. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
# torch first, pinned: this version is a local CPU wheel here, while a bare
# `torch` requirement in a fresh venv would pull several GB of CUDA packages.
"$VENV/bin/python" -m pip install -q torch==2.13.0
"$VENV/bin/python" -m pip install -q -e '.[test,ct2,dask]'
# The HTML report's browser tests use Debian's headless Chromium.
if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "setup: could not install chromium; the browser tests will say so and skip" >&2
fi
# MT403 tells ordinary Hindi and Japanese words from transcribed names by
# FreeDict's English-Hindi and Japanese-English (JMdict) dictionaries
# (dictd format, read from /usr/share/dictd).
if { [ ! -f /usr/share/dictd/freedict-eng-hin.index ] || [ ! -f /usr/share/dictd/freedict-jpn-eng.index ]; } \
    && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dict-freedict-eng-hin \
    dict-freedict-jpn-eng >/dev/null) \
    || echo "setup: could not install dict-freedict-eng-hin / dict-freedict-jpn-eng; MT403 will say so" >&2
fi
# MT403 reads names made of ordinary words that a translation translates
# («Bahía» / "Bay", "Gardens" / «jardin») in FreeDict's bilingual dictionaries
# (mtaudit.bilingual_dictionary; dictd format, read from /usr/share/dictd).
missing=""
for d in eng-fra fra-eng deu-fra eng-spa spa-eng eng-ind eng-rus; do
  [ -f "/usr/share/dictd/freedict-$d.index" ] || missing="$missing dict-freedict-$d"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  # shellcheck disable=SC2086  # one package name per word
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) \
    || echo "setup: could not install$missing; MT403 will say so for those languages" >&2
fi
echo "setup: ready ($("$VENV/bin/python" -c 'import mtaudit; print("mtaudit", mtaudit.__version__)'))"
