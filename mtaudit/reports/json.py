"""The JSON report (schema in the README). Keys sorted, so runs are byte-identical
apart from the ``timing`` object."""
from __future__ import annotations

import json


def dumps(report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)


def write(report, out) -> None:
    out.write(dumps(report))
    out.write("\n")
