#!/bin/sh
# Kong 2.8 reads its declarative config verbatim, so the API keys are substituted here.
# awk copies values byte for byte (no shell eval: a key containing $ or quotes cannot inject),
# and only ${NAME} placeholders whose NAME is set are replaced; anything else fails the start.
set -eu
# The rendered file holds the API keys and the dashboard password.
umask 077
template="${KONG_TEMPLATE:-/home/kong/kong.yml.tmpl}"
out="${KONG_DECLARATIVE_CONFIG:-/tmp/kong.yml}"
awk '
{
  rest = $0; line = ""
  while (match(rest, /\$\{[A-Z_][A-Z0-9_]*\}/)) {
    name = substr(rest, RSTART + 2, RLENGTH - 3)
    if (!(name in ENVIRON) || ENVIRON[name] == "") { print "kong.yml.tmpl: " name " is not set" > "/dev/stderr"; exit 3 }
    line = line substr(rest, 1, RSTART - 1) ENVIRON[name]
    rest = substr(rest, RSTART + RLENGTH)
  }
  print line rest
}' "$template" > "$out"

# compose's entrypoint override clears the image's command: start Kong unless told otherwise.
if [ "$#" -eq 0 ]; then set -- /docker-entrypoint.sh kong docker-start; fi
exec "$@"
