#!/usr/bin/env bash
# Print the path of a Python >= 3.12: python3.13, python3.12, pyenv's versions, then python3.
set -u
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; }
for cand in python3.13 python3.12; do
  if command -v "$cand" >/dev/null 2>&1 && ok "$(command -v "$cand")"; then command -v "$cand"; exit 0; fi
done
root="${PYENV_ROOT:-$HOME/.pyenv}"
for cand in $(ls -d "$root"/versions/3.1[2-9]* 2>/dev/null | sort -rV); do
  if [ -x "$cand/bin/python" ] && ok "$cand/bin/python"; then echo "$cand/bin/python"; exit 0; fi
done
if command -v python3 >/dev/null 2>&1 && ok "$(command -v python3)"; then command -v python3; exit 0; fi
echo "Không tìm thấy Python 3.12 trở lên (Loa cần Python >= 3.12). / No Python >= 3.12 found: install python3.12 or newer." >&2
exit 1
