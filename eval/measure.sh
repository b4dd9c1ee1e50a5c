#!/bin/bash
# Figures of the bot on answer-keyed article sets, one line of extraction and one of answers per set:
# counts only, so it is safe on a set kept unread.
#   bash eval/measure.sh corpus devE check12      (from the project root)
# A set is `corpus` (../shared/corpus), a folder eval/sets/NAME, or a sealed eval/sets/NAME.tar.gz,
# unpacked to a scratch folder and never shown.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for set in "$@"; do
  if [ "$set" = corpus ]; then dir=$(cd ../shared/corpus && pwd)
  elif [ -d "eval/sets/$set" ]; then dir="$root/eval/sets/$set"
  elif [ -f "eval/sets/$set.tar.gz" ]; then
    dir="${TMPDIR:-/tmp}/attache-sets/$set"
    [ -d "$dir" ] || { mkdir -p "$(dirname "$dir")" && tar -xzf "eval/sets/$set.tar.gz" -C "$(dirname "$dir")"; }
  else echo "measure: no set $set (corpus, or eval/sets/NAME[.tar.gz])" >&2; exit 2; fi
  # (the scorers exit non-zero when a figure misses its target: the line is still wanted)
  ex=$( (npm run --silent eval:extract -- --corpus "$dir" 2>&1 || true) | grep '^extract:' | sed 's/^extract: //')
  qa=$( (npm run --silent eval:qa -- --corpus "$dir" 2>&1 || true) | grep '^answerable:')
  echo "$set | $ex"
  echo "$set | $qa"
done
