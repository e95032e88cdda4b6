#!/usr/bin/env bash
# Uploads each file in a folder to a running Kairos (see upload.sh) and prints, per file: the
# upload's answer and time, the heap the server grew by while it answered (peak of jstat samples
# every 100 ms, less the heap after a full GC just before), and for an accepted file the time and
# size of its mapping page and the heap growth of that view.
# Usage: measure.sh SERVER_PID FILES_DIR [BASE_URL] [CREDENTIALS_JSON]
set -euo pipefail
pid=$1
dir=$2
base=${3:-http://127.0.0.1:18201}
creds=${4:-data/demo-credentials.json}
here=$(dirname "$0")
used() { awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > max) max = u } END { printf "%.0f", max / 1024 }'; }
heap() { jstat -gc "$pid" | used; }
sampled() {
  jcmd "$pid" GC.run > /dev/null
  local before samples
  before=$(heap)
  samples=$(mktemp)
  jstat -gc "$pid" 100 > "$samples" &
  local sampler=$!
  "$@"
  sleep 0.3
  kill "$sampler"
  wait "$sampler" 2> /dev/null || true
  echo "heap +$(($(used < "$samples") - before)) MB (from $before MB)"
  rm -f "$samples"
}
for file in "$dir"/*; do
  printf '%s (%s bytes)\n' "$(basename "$file")" "$(stat -c %s "$file")"
  out=$(mktemp)
  sampled "$here/upload.sh" "$file" "$base" "$creds" > "$out" 2>&1 || true
  sed 's/^/  /' "$out"
  mapping=$(awk 'NR == 1 { print $4 }' "$out")
  if [[ $mapping == http* ]]; then
    printf '  mapping page: '
    sampled "$here/upload.sh" --view "$mapping" "$base" "$creds" | tr '\n' ' '
    echo
  fi
  rm -f "$out"
done
