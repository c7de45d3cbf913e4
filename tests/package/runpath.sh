#!/usr/bin/env bash
# The build tree's programs and libraries carry no empty RUNPATH entry. The loader reads an
# empty entry (a leading, trailing or doubled ":") as the current directory, so a program run
# from a folder holding a planted libQt6Core.so would load it. CMake once padded these RUNPATHs
# with colons to make room for an install-time rewrite; see the top-level CMakeLists.txt.
# Usage: runpath.sh BUILD_DIR
set -euo pipefail

build="$(cd "$1" && pwd)"
checked=0
bad=0
while IFS= read -r -d '' file; do
  runpath="$(readelf -d "$file" 2>/dev/null | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]/\2/p')"
  checked=$((checked + 1))
  if [[ -n "$runpath" && ( "$runpath" == :* || "$runpath" == *: || "$runpath" == *::* ) ]]; then
    echo "runpath: $file has an empty RUNPATH entry: [$runpath]" >&2
    bad=$((bad + 1))
  fi
done < <(find "$build/bin" "$build/lib" "$build/qml" -type f \( -name '*.so' -o -perm -u+x \) \
           -exec sh -c 'head -c 4 "$1" | grep -q "ELF"' _ {} \; -print0)
echo "runpath: $checked ELF files checked, $bad with an empty entry"
[[ $checked -gt 0 && $bad -eq 0 ]]
