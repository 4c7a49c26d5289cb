"""The JSON report (schema in the README). Keys sorted, so runs are byte-identical
apart from the ``timing`` object."""
from __future__ import annotations

import json


_FORMAT = {"ensure_ascii": False, "indent": 2, "sort_keys": True}


def dumps(report) -> str:
    return json.dumps(report.to_dict(), **_FORMAT)


def write(report, out) -> None:
    # json.dump writes chunk by chunk: no second copy of a large report as
    # one string.
    json.dump(report.to_dict(), out, **_FORMAT)
    out.write("\n")
