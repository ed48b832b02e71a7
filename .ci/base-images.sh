#!/usr/bin/env bash
# Makes the base images the build tests use, locally: no registry can be pulled from here, so
# each one is a Debian bookworm minbase rootfs made with debootstrap and turned into an image
# with `docker import`. Idempotent and cached: an image whose key label matches is kept, so a
# second run costs a `docker image inspect` per image.
#
#   pmoves-local/bookworm:amd64        linux/amd64, node 18 + ca-certificates
#   pmoves-local/bookworm:arm64        linux/arm64 (second stage runs under QEMU binfmt)
#   pmoves-local/l4t-base:r35.4.1      stand-ins for NVIDIA's L4T bases in the Jetson variant
#   pmoves-local/l4t-base:r36.4.0      tests: other tags of the arm64 image
#
# Env: PMOVES_BASE_ARCHES (default "amd64 arm64"), PMOVES_BASE_CACHE (work dir and .deb cache,
# default /var/cache/pmoves-base), PMOVES_BASE_FORCE=1 rebuilds even when cached.
set -euo pipefail

SUITE=bookworm
INCLUDE=nodejs,ca-certificates
REPO=pmoves-local/bookworm
L4T_REPO=pmoves-local/l4t-base
L4T_TAGS=(r35.4.1 r36.4.0)
# Bump when the recipe below changes in a way the key would not see.
RECIPE=2
ARCHES=${PMOVES_BASE_ARCHES:-amd64 arm64}
CACHE=${PMOVES_BASE_CACHE:-/var/cache/pmoves-base}

log() { printf '==> base-images: %s\n' "$*"; }
now() { date +%s; }

# The Debian mirror this host already uses (deb.debian.org here); nothing else from outside.
mirror() {
  local uri
  uri=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list 2>/dev/null \
    | grep -oE 'https?://[^ ]+/debian/?$|https?://[^ ]+/debian ' | head -n1 | tr -d ' ' || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

MIRROR=$(mirror)
KEY=$(printf '%s|%s|%s|%s' "$SUITE" "$INCLUDE" "$MIRROR" "$RECIPE" | sha256sum | cut -c1-16)

cached() { # tag -> 0 when the image exists with our key
  local have
  have=$(docker image inspect -f '{{ index .Config.Labels "org.pmoves.base.key" }}' "$1" 2>/dev/null || true)
  [ "$have" = "$KEY" ] && [ "${PMOVES_BASE_FORCE:-0}" != 1 ]
}

# `docker import --platform` is ignored by a daemon without experimental features, so an arm64
# rootfs imports as amd64. Rewrite the image config's architecture with a save/load round trip.
set_arch() { # tag arch
  local tag=$1 arch=$2 dir
  dir=$(mktemp -d)
  docker save "$tag" | tar -C "$dir" -x
  node - "$dir" "$arch" <<'JS'
const fs = require('node:fs'), path = require('node:path'), crypto = require('node:crypto');
const [dir, arch] = process.argv.slice(2);
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
for (const m of manifest) {
  const cfg = JSON.parse(fs.readFileSync(path.join(dir, m.Config), 'utf8'));
  cfg.architecture = arch;
  if (arch === 'arm64') cfg.variant = 'v8';
  const text = JSON.stringify(cfg);
  const name = crypto.createHash('sha256').update(text).digest('hex') + '.json';
  fs.rmSync(path.join(dir, m.Config));
  fs.writeFileSync(path.join(dir, name), text);
  m.Config = name;
}
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
JS
  docker rmi "$tag" >/dev/null
  tar -C "$dir" -c . | docker load -q >/dev/null
  rm -rf "$dir"
}

build_one() { # arch
  local arch=$1 tag="$REPO:$1" t0 t1 root
  if cached "$tag"; then
    log "$tag cached (key $KEY)"
    return 0
  fi
  t0=$(now)
  root="$CACHE/rootfs-$arch"
  mkdir -p "$CACHE/debs-$arch"
  rm -rf "$root"
  local foreign=()
  [ "$arch" = "$(dpkg --print-architecture)" ] || foreign=(--foreign)
  log "debootstrap $SUITE $arch from $MIRROR"
  debootstrap --variant=minbase --include="$INCLUDE" --arch="$arch" "${foreign[@]}" \
    --cache-dir="$CACHE/debs-$arch" "$SUITE" "$root" "$MIRROR" >"$CACHE/debootstrap-$arch.log" 2>&1 \
    || { tail -30 "$CACHE/debootstrap-$arch.log"; return 1; }
  if [ ${#foreign[@]} -gt 0 ]; then
    log "second stage for $arch under QEMU"
    # binfmt with the F flag needs nothing in the chroot; copy the emulator for hosts without it.
    local qemu=""
    if [ -e /usr/bin/qemu-aarch64-static ] && [ "$arch" = arm64 ]; then
      qemu=/usr/bin/qemu-aarch64-static
      cp "$qemu" "$root/usr/bin/"
    fi
    chroot "$root" /debootstrap/debootstrap --second-stage >>"$CACHE/debootstrap-$arch.log" 2>&1 \
      || { tail -30 "$CACHE/debootstrap-$arch.log"; return 1; }
    [ -z "$qemu" ] || rm -f "$root/usr/bin/qemu-aarch64-static"
  fi
  t1=$(now)
  log "$arch rootfs in $((t1 - t0)) s"
  # Keep the image small: no package caches, lists, docs or logs.
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
    "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/log/*.log "$root"/debootstrap
  local nodev
  nodev=$(chroot "$root" /usr/bin/node --version) || { echo "node does not run in the $arch rootfs" >&2; return 1; }
  tar -C "$root" --numeric-owner -c . | docker import \
    -c "LABEL org.pmoves.base.key=$KEY org.opencontainers.image.title=$SUITE-minbase-node" \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'CMD ["/bin/bash"]' - "$tag" >/dev/null
  [ "$arch" = "$(dpkg --print-architecture)" ] || set_arch "$tag" "$arch"
  rm -rf "$root"
  log "$tag built in $(($(now) - t0)) s, node $nodev, $(docker image inspect -f '{{.Os}}/{{.Architecture}} {{.Size}} bytes' "$tag")"
}

start=$(now)
command -v debootstrap >/dev/null || { echo "debootstrap is missing (apt-get install debootstrap)" >&2; exit 1; }
for arch in $ARCHES; do
  build_one "$arch"
done
if [[ " $ARCHES " == *" arm64 "* ]]; then
  for t in "${L4T_TAGS[@]}"; do docker tag "$REPO:arm64" "$L4T_REPO:$t"; done
fi
log "done in $(($(now) - start)) s"
