#!/usr/bin/env bash
# Signs in to a running Kairos as the demo owner and uploads one file to the Excel import page, as
# the browser's form does; or, with --view, opens a page (the mapping page an upload led to).
# Prints: HTTP status, seconds, response bytes, where a redirect goes (or nothing) and the error
# the page shows.
# Usage: upload.sh FILE [BASE_URL] [CREDENTIALS_JSON]
#        upload.sh --view URL [BASE_URL] [CREDENTIALS_JSON]
set -euo pipefail
view=
if [[ $1 == --view ]]; then
  view=$2
  shift
fi
file=$1
base=${2:-http://127.0.0.1:18201}
creds=${3:-data/demo-credentials.json}
field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$creds" "$1"; }
location=$(field location_id)
jar=$(mktemp)
trap 'rm -f "$jar" "$jar.page"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$(field login)" \
  --data-urlencode "password=$(field password)" --data-urlencode "_csrf=$token" "$base/login"
format='%{http_code} %{time_total}s %{size_download}B %{redirect_url}'
if [[ -n $view ]]; then
  curl -s -o "$jar.page" -b "$jar" -w "$format" "$view"
else
  token=$(curl -s -c "$jar" -b "$jar" "$base/admin/locations/$location/imports" | csrf)
  curl -s -o "$jar.page" -c "$jar" -b "$jar" -w "$format" -H "Accept: text/html" \
    -F "_csrf=$token" -F "file=@$file;filename=upload.xlsx" "$base/admin/locations/$location/imports"
fi
echo " $(grep -o '<p class="error"[^>]*>[^<]*' "$jar.page" | sed 's/.*>//' | tr -s ' \n' ' ' | head -c 300)"
