#!/usr/bin/env bash
# Installs a GitHub Actions self-hosted runner on a PMOVES site (Jetson, workstation, WSL2, VPS):
# labels from `pmoves detect`, registration by registration token or just-in-time (JIT) config
# from the REST API, a systemd service, optional ephemeral runners. Linux x64 and arm64 only.
#
#   sudo GITHUB_TOKEN=ghp_... runners/install.sh --repo POWERFULMOVES/PMOVES.AI
#   sudo GITHUB_TOKEN=ghp_... runners/install.sh --repo POWERFULMOVES/PMOVES.AI --jit --ephemeral
#
# The token needs "Administration: write" on the repository (or "Self-hosted runners: write"
# on the organisation with --org). Run with --help for every option.
set -euo pipefail

RUNNER_VERSION_DEFAULT=2.321.0

usage() {
  cat <<'EOF'
Usage: runners/install.sh (--repo OWNER/REPO | --org ORG) [options]

Registration:
  --repo OWNER/REPO     register on this repository
  --org ORG             register on this organisation (runner group: --group)
  --jit                 just-in-time config (POST .../generate-jitconfig) instead of a
                        registration token; a JIT runner takes one job, then is gone
  --ephemeral           one job per registration; the service registers a fresh runner
                        after each job (token kept in an 0600 file for that)
  --name NAME           runner name (default: the host name)
  --labels L1,L2        labels (default: `pmoves detect --labels`)
  --extra-labels L1,L2  labels added to the detected ones (e.g. the site name)
  --group ID            runner group id (default 1, "Default")
  --allow-public        register even though the repository is public (anyone can then run
                        code on this machine through a pull request: only for throwaway hosts)

Where:
  --dir DIR             runner install directory (default /opt/actions-runner-NAME)
  --user USER           user the service runs as (default: $SUDO_USER, else the current user)
  --runner-version V    actions/runner release (default RUNNER_VERSION_DEFAULT)
  --runner-url URL      runner tarball URL (default: the GitHub release for this arch)
  --runner-sha256 HEX   expected sha256 of the tarball
  --api-url URL         REST API (default $GITHUB_API_URL or https://api.github.com)
  --server-url URL      web URL for config.sh (default $GITHUB_SERVER_URL or https://github.com)
  --systemd-dir DIR     where the unit goes (default /etc/systemd/system)
  --no-service          register only; start it yourself with DIR/run.sh
  --no-start            write and enable nothing in systemd; only write the unit file
  --pmoves CMD          the pmoves command (default: pmoves, else npx pmoves-toolkit)
  --detect-root DIR     pass --root DIR to pmoves detect (a fixture tree, or the host's / from a container)
  --dry-run             say what would happen; no POST to the API, nothing written
  -h, --help            this help

Token: $GITHUB_TOKEN (or --token-file FILE). It is never printed.
Exit codes: 0 registered, 1 the API or a step failed, 2 bad usage or a refused host.
EOF
}

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$1" >&2
  if [ -n "${2:-}" ]; then printf '  hint: %s\n' "$2" >&2; fi
  exit "${3:-2}"
}

REPO="" ORG="" MODE=token EPHEMERAL=0 NAME="" LABELS="" EXTRA_LABELS="" GROUP=1 ALLOW_PUBLIC=0
DIR="" RUN_USER="${SUDO_USER:-$(id -un)}" RUNNER_VERSION="$RUNNER_VERSION_DEFAULT" RUNNER_URL="" RUNNER_SHA256=""
API_URL="${GITHUB_API_URL:-https://api.github.com}" SERVER_URL="${GITHUB_SERVER_URL:-https://github.com}"
SYSTEMD_DIR=/etc/systemd/system SERVICE=1 START=1 PMOVES_CMD="" DETECT_ROOT="" DRY_RUN=0 TOKEN_FILE="" RUN=0

need_arg() {
  if [ $# -lt 2 ] || [ -z "$2" ]; then die "$1 needs a value" "see runners/install.sh --help"; fi
}
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) need_arg "$@"; REPO="$2"; shift 2 ;;
    --org) need_arg "$@"; ORG="$2"; shift 2 ;;
    --jit) MODE=jit; shift ;;
    --ephemeral) EPHEMERAL=1; shift ;;
    --name) need_arg "$@"; NAME="$2"; shift 2 ;;
    --labels) need_arg "$@"; LABELS="$2"; shift 2 ;;
    --extra-labels) need_arg "$@"; EXTRA_LABELS="$2"; shift 2 ;;
    --group) need_arg "$@"; GROUP="$2"; shift 2 ;;
    --allow-public) ALLOW_PUBLIC=1; shift ;;
    --dir) need_arg "$@"; DIR="$2"; shift 2 ;;
    --user) need_arg "$@"; RUN_USER="$2"; shift 2 ;;
    --runner-version) need_arg "$@"; RUNNER_VERSION="$2"; shift 2 ;;
    --runner-url) need_arg "$@"; RUNNER_URL="$2"; shift 2 ;;
    --runner-sha256) need_arg "$@"; RUNNER_SHA256="$2"; shift 2 ;;
    --api-url) need_arg "$@"; API_URL="${2%/}"; shift 2 ;;
    --server-url) need_arg "$@"; SERVER_URL="${2%/}"; shift 2 ;;
    --systemd-dir) need_arg "$@"; SYSTEMD_DIR="$2"; shift 2 ;;
    --no-service) SERVICE=0; shift ;;
    --no-start) START=0; shift ;;
    --pmoves) need_arg "$@"; PMOVES_CMD="$2"; shift 2 ;;
    --detect-root) need_arg "$@"; DETECT_ROOT="$2"; shift 2 ;;
    --token-file) need_arg "$@"; TOKEN_FILE="$2"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    --run) RUN=1; shift ;; # internal: one ephemeral cycle, run by the service
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1" "see runners/install.sh --help" ;;
  esac
done

# --- what to register on --------------------------------------------------------------------
if [ -n "$REPO" ] && [ -n "$ORG" ]; then die "pass --repo or --org, not both"; fi
if [ -z "$REPO" ] && [ -z "$ORG" ]; then die "missing --repo OWNER/REPO or --org ORG" "e.g. runners/install.sh --repo POWERFULMOVES/PMOVES.AI"; fi
if [ -n "$REPO" ] && ! [[ "$REPO" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]]; then die "--repo must be OWNER/REPO, not \"$REPO\""; fi
if ! [[ "$GROUP" =~ ^[0-9]+$ ]]; then die "--group must be a runner group id (a number), not \"$GROUP\""; fi
if [ -n "$REPO" ]; then SCOPE_PATH="repos/$REPO" SCOPE_URL="$SERVER_URL/$REPO"; else SCOPE_PATH="orgs/$ORG" SCOPE_URL="$SERVER_URL/$ORG"; fi

TOKEN="${GITHUB_TOKEN:-}"
if [ -n "$TOKEN_FILE" ]; then TOKEN="$(tr -d '\r\n' <"$TOKEN_FILE")"; fi
if [ -z "$TOKEN" ]; then die "no GitHub token" "export GITHUB_TOKEN (a token with Administration: write on the repository) or pass --token-file FILE"; fi

# --- JSON without assuming jq: jq, else node (the runner ships one), else python3 -------------
json_get() { # json_get EXPR <json  (EXPR is a jq path like .token)
  if command -v jq >/dev/null 2>&1; then jq -r "$1 // empty"; return; fi
  if command -v node >/dev/null 2>&1; then
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let v=JSON.parse(s);for(const k of process.argv[1].split(".").filter(Boolean))v=v==null?v:v[k];if(v!=null)console.log(typeof v==="object"?JSON.stringify(v):String(v))})' "$1"
    return
  fi
  python3 -c 'import json,sys
v=json.load(sys.stdin)
for k in [k for k in sys.argv[1].split(".") if k]: v=None if v is None else v.get(k)
if v is not None: print(json.dumps(v) if isinstance(v,(dict,list)) else (str(v).lower() if isinstance(v,bool) else v))' "$1"
}
json_labels() { # "a,b,c" -> ["a","b","c"]
  local out="" l
  IFS=',' read -r -a parts <<<"$1"
  for l in "${parts[@]}"; do
    l="${l#"${l%%[![:space:]]*}"}"; l="${l%"${l##*[![:space:]]}"}"
    [ -n "$l" ] || continue
    [[ "$l" =~ ^[A-Za-z0-9_.-]+$ ]] || die "label \"$l\" has characters GitHub does not accept" "labels use letters, digits, . _ -"
    out="$out${out:+,}\"$l\""
  done
  printf '[%s]' "$out"
}

# --- the REST API: status and body kept apart, the token never echoed ------------------------
API_STATUS="" API_BODY=""
api() { # api METHOD PATH [JSON]
  local method="$1" path="$2" data="${3:-}" out
  local args=(-sS -X "$method" -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28"
    -H "User-Agent: pmoves-runner-install" -K - -w '\n%{http_code}' "$API_URL/$path")
  if [ -n "$data" ]; then args+=(-H "Content-Type: application/json" --data-binary "$data"); fi
  # The Authorization header goes through stdin (-K -), so it never shows in `ps`.
  if ! out="$(printf 'header = "Authorization: Bearer %s"\n' "$TOKEN" | curl "${args[@]}")"; then
    die "cannot reach the GitHub API at $API_URL" "check the network, or --api-url for GitHub Enterprise Server" 1
  fi
  API_STATUS="${out##*$'\n'}"
  API_BODY="${out%$'\n'*}"
}
api_ok() { # api_ok EXPECTED WHAT
  if [ "$API_STATUS" != "$1" ]; then
    local msg
    msg="$(printf '%s' "$API_BODY" | json_get .message 2>/dev/null || true)"
    case "$API_STATUS" in
      401) die "$2: GitHub answered 401 ${msg:-Bad credentials}" "the token is wrong or expired" 1 ;;
      403|404) die "$2: GitHub answered $API_STATUS ${msg:-}" "the token needs Administration: write on $SCOPE_PATH (fine-grained) or the repo/admin:org scope (classic)" 1 ;;
      *) die "$2: GitHub answered $API_STATUS ${msg:-}" "" 1 ;;
    esac
  fi
}

# --- the machine ------------------------------------------------------------------------------
pmoves() {
  if [ -n "$PMOVES_CMD" ]; then
    # shellcheck disable=SC2086 # PMOVES_CMD is a command line on purpose ("npx tsx src/cli/main.ts")
    $PMOVES_CMD "$@"
  elif command -v pmoves >/dev/null 2>&1; then command pmoves "$@"
  else npx --yes pmoves-toolkit "$@"
  fi
}
detect_args=(detect)
if [ -n "$DETECT_ROOT" ]; then detect_args+=(--root "$DETECT_ROOT"); fi

if ! DETECTED="$(pmoves "${detect_args[@]}" --json)"; then
  die "pmoves detect refused this machine (see above)" "runners need Linux on x86_64 or aarch64 with a 64-bit OS"
fi
DOCKER_ARCH="$(printf '%s' "$DETECTED" | json_get .arch)"
case "$DOCKER_ARCH" in
  amd64) RUNNER_ARCH=x64 ;;
  arm64) RUNNER_ARCH=arm64 ;;
  *) die "unsupported architecture \"$DOCKER_ARCH\"" "GitHub ships the runner for linux x64 and arm64 only" ;;
esac
JETSON_L4T="$(printf '%s' "$DETECTED" | json_get .jetson.l4t)"
if [[ "$JETSON_L4T" =~ ^r3[0-4]\. ]]; then
  die "Jetson L4T $JETSON_L4T (JetPack 4) has glibc 2.27; the runner's Node needs glibc >= 2.28" "upgrade to JetPack 5 or newer"
fi
if [ -z "$LABELS" ]; then
  LABELS="$(printf '%s' "$DETECTED" | json_get .labels | tr -d '[]" \n')"
fi
if [ -n "$EXTRA_LABELS" ]; then LABELS="$LABELS,$EXTRA_LABELS"; fi
LABELS_JSON="$(json_labels "$LABELS")"
LABELS="$(printf '%s' "$LABELS_JSON" | tr -d '[]"')"
NAME="${NAME:-$(hostname -s 2>/dev/null || hostname)}"
[[ "$NAME" =~ ^[A-Za-z0-9_.-]+$ ]] || die "runner name \"$NAME\" has characters GitHub does not accept" "pass --name"
DIR="${DIR:-/opt/actions-runner-$NAME}"
UNIT="pmoves-runner-$NAME.service"
RUNNER_URL="${RUNNER_URL:-https://github.com/actions/runner/releases/download/v$RUNNER_VERSION/actions-runner-linux-$RUNNER_ARCH-$RUNNER_VERSION.tar.gz}"
log "runner $NAME for $SCOPE_PATH: linux-$RUNNER_ARCH, labels $LABELS, mode $MODE$([ "$EPHEMERAL" = 1 ] && printf ', ephemeral')"

# --- never on a public repository unless told: a fork's pull request would run here ---------
if [ -n "$REPO" ]; then
  api GET "repos/$REPO"
  api_ok 200 "reading repository $REPO"
  PRIVATE="$(printf '%s' "$API_BODY" | json_get .private)"
  if [ "$PRIVATE" != "true" ]; then
    if [ "$ALLOW_PUBLIC" != 1 ]; then
      die "$REPO is a public repository: anyone could run code on this machine through a pull request" \
        "use a private repository, or pass --allow-public for a throwaway host"
    fi
    warn "$REPO is public; registering anyway (--allow-public)"
  fi
fi

if [ "$DRY_RUN" = 1 ]; then
  log "dry run: would download $RUNNER_URL into $DIR (unless present), POST $SCOPE_PATH/actions/runners/$([ "$MODE" = jit ] && echo generate-jitconfig || echo registration-token), register and write $SYSTEMD_DIR/$UNIT"
  exit 0
fi

# --- the runner itself ------------------------------------------------------------------------
if [ ! -x "$DIR/run.sh" ]; then
  log "downloading $RUNNER_URL"
  mkdir -p "$DIR"
  tarball="$(mktemp)"
  trap 'rm -f "$tarball"' EXIT
  curl -fsSL -o "$tarball" "$RUNNER_URL" || die "cannot download the runner from $RUNNER_URL" "pass --runner-url (a mirror) or unpack the runner into --dir yourself" 1
  if [ -n "$RUNNER_SHA256" ]; then
    echo "$RUNNER_SHA256  $tarball" | sha256sum -c - >/dev/null || die "the runner tarball's sha256 does not match --runner-sha256" "" 1
  fi
  tar -xzf "$tarball" -C "$DIR"
  if [ "$(id -u)" = 0 ] && [ "$RUN_USER" != root ]; then chown -R "$RUN_USER" "$DIR"; fi
fi

as_runner_user() {
  if [ "$(id -u)" = 0 ] && [ "$RUN_USER" != root ]; then runuser -u "$RUN_USER" -- "$@"
  else RUNNER_ALLOW_RUNASROOT=1 "$@"
  fi
}

ENV_FILE="$DIR/.pmoves-runner.env"
write_env_file() { # secrets for the service: 0600, owned by the runner user
  (umask 077; printf '%s\n' "$@" >"$ENV_FILE.tmp")
  if [ "$(id -u)" = 0 ] && [ "$RUN_USER" != root ]; then chown "$RUN_USER" "$ENV_FILE.tmp"; fi
  mv -f "$ENV_FILE.tmp" "$ENV_FILE"
}

jit_config() {
  local body
  body="$(printf '{"name":"%s","runner_group_id":%s,"labels":%s,"work_folder":"_work"}' "$NAME" "$GROUP" "$LABELS_JSON")"
  api POST "$SCOPE_PATH/actions/runners/generate-jitconfig" "$body"
  api_ok 201 "creating a just-in-time runner config"
  printf '%s' "$API_BODY" | json_get .encoded_jit_config
}

# One ephemeral cycle (the service runs this): a fresh JIT runner, one job, exit; systemd
# restarts the unit for the next one.
if [ "$RUN" = 1 ]; then
  JIT="$(jit_config)"
  [ -n "$JIT" ] || die "the API returned no encoded_jit_config" "" 1
  cd "$DIR"
  exec ./run.sh --jitconfig "$JIT"
fi

EXEC_START="$DIR/run.sh"
RESTART=always
if [ "$EPHEMERAL" = 1 ] && [ "$SERVICE" = 1 ]; then
  # Ephemeral service: registers a new runner on every start, so it needs the API token on
  # disk (0600, readable by the runner user only) and a copy of this script.
  self="$DIR/pmoves-runner-install.sh"
  install -m 0755 "$0" "$self"
  write_env_file "GITHUB_TOKEN=$TOKEN" "GITHUB_API_URL=$API_URL" "GITHUB_SERVER_URL=$SERVER_URL"
  scope_arg="--repo $REPO"
  if [ -n "$ORG" ]; then scope_arg="--org $ORG"; fi
  pmoves_arg=""
  if [ -n "$PMOVES_CMD" ]; then pmoves_arg="--pmoves '$PMOVES_CMD'"; fi
  EXEC_START="$self $scope_arg --name $NAME --labels $LABELS --group $GROUP --dir $DIR $pmoves_arg --run"
  if [ "$ALLOW_PUBLIC" = 1 ]; then EXEC_START="$EXEC_START --allow-public"; fi
  log "ephemeral: the service registers a just-in-time runner for every job"
elif [ "$MODE" = jit ]; then
  log "requesting a just-in-time runner config"
  JIT="$(jit_config)"
  [ -n "$JIT" ] || die "the API returned no encoded_jit_config" "" 1
  write_env_file "PMOVES_RUNNER_JITCONFIG=$JIT"
  # The config stays out of the unit file: systemd substitutes ${VAR} from the 0600 EnvironmentFile.
  EXEC_START="$DIR/run.sh --jitconfig \${PMOVES_RUNNER_JITCONFIG}"
  RESTART=no
else
  log "requesting a registration token"
  api POST "$SCOPE_PATH/actions/runners/registration-token"
  api_ok 201 "creating a registration token"
  REG_TOKEN="$(printf '%s' "$API_BODY" | json_get .token)"
  [ -n "$REG_TOKEN" ] || die "the API returned no registration token" "" 1
  config_args=(--unattended --url "$SCOPE_URL" --token "$REG_TOKEN" --name "$NAME" --labels "$LABELS" --work _work --replace)
  if [ -n "$ORG" ]; then config_args+=(--runnergroup "$GROUP"); fi
  if [ "$EPHEMERAL" = 1 ]; then config_args+=(--ephemeral); fi
  log "configuring the runner in $DIR"
  (cd "$DIR" && as_runner_user ./config.sh "${config_args[@]}") || die "config.sh failed (see above)" "" 1
fi

if [ "$SERVICE" = 0 ]; then
  if [ "$MODE" = jit ]; then
    log "registered; start it with: cd $DIR && . ./.pmoves-runner.env && ./run.sh --jitconfig \"\$PMOVES_RUNNER_JITCONFIG\""
  else
    log "registered; start it with: cd $DIR && ./run.sh"
  fi
  exit 0
fi

mkdir -p "$SYSTEMD_DIR"
cat >"$SYSTEMD_DIR/$UNIT" <<UNIT
# Written by pmoves-toolkit runners/install.sh
[Unit]
Description=GitHub Actions runner $NAME ($SCOPE_PATH; labels $LABELS)
After=network-online.target docker.service
Wants=network-online.target

[Service]
User=$RUN_USER
WorkingDirectory=$DIR
EnvironmentFile=-$ENV_FILE
ExecStart=$EXEC_START
Restart=$RESTART
RestartSec=5
KillMode=process
KillSignal=SIGTERM
TimeoutStopSec=5min

[Install]
WantedBy=multi-user.target
UNIT
log "wrote $SYSTEMD_DIR/$UNIT"
if [ "$START" = 1 ]; then
  systemctl daemon-reload
  systemctl enable --now "$UNIT"
  log "service $UNIT started"
fi
log "done: runner $NAME on $SCOPE_PATH with labels $LABELS"
