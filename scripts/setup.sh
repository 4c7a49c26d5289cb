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
# MT403 reads FreeDict's bilingual dictionaries (dictd format, from
# /usr/share/dictd): English-Hindi and Japanese-English (JMdict) tell ordinary
# words from transcribed names; the others show names made of ordinary words
# that a translation translates («Bahía» / "Bay", "Gardens" / «jardin»).
missing=""
for d in eng-hin jpn-eng eng-fra fra-eng deu-fra eng-spa spa-eng eng-ind eng-rus fra-rus; do
  [ -f "/usr/share/dictd/freedict-$d.index" ] || missing="$missing dict-freedict-$d"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  # shellcheck disable=SC2086  # one package name per word
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) \
    || echo "setup: could not install$missing; MT403 will say so for those languages" >&2
fi
echo "setup: ready ($("$VENV/bin/python" -c 'import mtaudit; print("mtaudit", mtaudit.__version__)'))"
