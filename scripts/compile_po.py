"""Compile locale/*/LC_MESSAGES/django.po to .mo without GNU gettext (run after editing).

Usage: .venv/bin/python scripts/compile_po.py
"""

import ast
import struct
from pathlib import Path


def parse(po: Path) -> dict[str, str]:
    entries, key, current = {}, None, None
    for line in po.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("msgid "):
            if key is not None:
                entries[key] = current
            key, current = ast.literal_eval(line[6:]), None
        elif line.startswith("msgstr "):
            current = ast.literal_eval(line[7:])
        elif line.startswith('"'):
            if current is None:
                key += ast.literal_eval(line)
            else:
                current += ast.literal_eval(line)
    if key is not None:
        entries[key] = current
    return entries


def write_mo(entries: dict[str, str], target: Path) -> None:
    keys = sorted(entries)
    ids = b"".join(k.encode() + b"\0" for k in keys)
    strs = b"".join(entries[k].encode() + b"\0" for k in keys)
    start = 7 * 4 + 16 * len(keys)
    offsets, pos = [], 0
    for k in keys:
        offsets.append((len(k.encode()), start + pos))
        pos += len(k.encode()) + 1
    str_offsets, pos = [], 0
    for k in keys:
        value = entries[k].encode()
        str_offsets.append((len(value), start + len(ids) + pos))
        pos += len(value) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    table = b"".join(struct.pack("ii", *o) for o in offsets)
    table += b"".join(struct.pack("ii", *o) for o in str_offsets)
    target.write_bytes(header + table + ids + strs)


if __name__ == "__main__":
    for po in Path(__file__).resolve().parent.parent.glob("locale/*/LC_MESSAGES/*.po"):
        write_mo(parse(po), po.with_suffix(".mo"))
        print(f"compiled {po}")
