# pmoves-sync, the dual-write sync worker, as a multi-arch image.
#
# Build context: dist/ (the bundle from `npm run build`; small, no node_modules).
#   docker build -f dockerfiles/sync-worker.Dockerfile --platform linux/arm64 -t pmoves-sync dist
#
# BASE_IMAGE   the runtime base. Default: Debian's official node image. The Jetson variants set it
#              to an L4T base (nvcr.io/nvidia/l4t-jetpack:r36.4.0, from src/platform/l4t-table.yaml).
# NODE_IMAGE   where node comes from when BASE_IMAGE has none (L4T images ship no node): its
#              /usr/local/bin is copied in. The official node binaries need only glibc >= 2.28
#              and libstdc++, which every JetPack 5/6 base has. A base that already has node on
#              PATH (e.g. a Debian base with `nodejs`) may pass any image with an empty /usr/local/bin.
# The bundle is ES2022 and runs on node >= 18.
ARG BASE_IMAGE=node:20-bookworm-slim
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS node

FROM ${BASE_IMAGE}
ARG L4T_VERSION=""
ARG CUDA_ARCH=""
COPY --from=node /usr/local/bin/ /usr/local/bin/
COPY pmoves-sync.js /opt/pmoves-sync/pmoves-sync.js
# The bundle is an ES module and keeps its name (the CLI runs when argv[1] is pmoves-sync.js): a
# package.json beside it says "module". Fail the build, not the first start on a board, when
# the base cannot run the bundle.
RUN printf '{"type":"module"}\n' > /opt/pmoves-sync/package.json && node -e 'const m = Number(process.versions.node.split(".")[0]); if (m < 18) { console.error("node " + process.version + " is too old for pmoves-sync (need >= 18); set NODE_IMAGE"); process.exit(1); }' \
 && node /opt/pmoves-sync/pmoves-sync.js --version
ENV NODE_ENV=production \
    PMOVES_L4T_VERSION=${L4T_VERSION}
# An unprivileged numeric user: the worker keeps no local state (the outbox is in Postgres).
USER 65532:65532
ENTRYPOINT ["node", "/opt/pmoves-sync/pmoves-sync.js"]
CMD ["run"]
