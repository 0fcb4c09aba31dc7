#!/usr/bin/env bash
# Makes `nabado-base:bookworm`, a stand-in of the official node:24-bookworm-slim image for
# machines that reach no image registry (the stack tests, e2e/stack/): Debian bookworm from
# the Debian mirror apt already uses (debootstrap, minbase), Node 24 from the npm package
# `node` this project installs (node_modules/node, the same binary `npm run` uses), npm from
# the machine's own npm, and the unprivileged `node` user (uid 1000), as in the official image.
#
#   apt-get install -y debootstrap && bash deploy/local-images/make-base.sh
#   docker build --network host --build-arg BASE_IMAGE=nabado-base:bookworm -t nabado .
#
# Skips all of it when the image is there already (NABADO_REBUILD_BASE=1 makes it again).
set -euo pipefail
cd "$(dirname "$0")/../.."
TAG=${NABADO_BASE_IMAGE:-nabado-base:bookworm}
if [ -z "${NABADO_REBUILD_BASE:-}" ] && docker image inspect "$TAG" >/dev/null 2>&1; then
  echo "$TAG is there already"
  exit 0
fi
MIRROR=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
NODE_BIN=node_modules/node/bin/node
NPM_DIR=$(npm root -g)/npm
[ -x "$NODE_BIN" ] || { echo "no $NODE_BIN: run npm ci first" >&2; exit 1; }
"$NODE_BIN" --version | grep -q '^v24\.' || { echo "$NODE_BIN is not Node 24" >&2; exit 1; }

ROOTFS=$(mktemp -d /tmp/nabado-base.XXXXXX)
trap 'rm -rf "$ROOTFS"' EXIT
debootstrap --variant=minbase bookworm "$ROOTFS" "$MIRROR" >/dev/null
# Node's binary is shipped with its debugging symbols (126 MB); stripped it is about 100 MB less.
install -m 0755 "$NODE_BIN" "$ROOTFS/usr/local/bin/node"
if command -v strip >/dev/null; then strip "$ROOTFS/usr/local/bin/node"; fi
mkdir -p "$ROOTFS/usr/local/lib/node_modules"
cp -r "$NPM_DIR" "$ROOTFS/usr/local/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$ROOTFS/usr/local/bin/npx"
# The machine's trust store: where the registry is reached through a TLS proxy, `npm ci` in the
# image build needs its authority (public certificates only; the official image has Debian's).
mkdir -p "$ROOTFS/etc/ssl/certs"
cp /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt"
chroot "$ROOTFS" groupadd --gid 1000 node
chroot "$ROOTFS" useradd --uid 1000 --gid node --shell /bin/bash --create-home node
# What an image does not need at run time: debootstrap's packages (31 MB), apt's lists,
# documentation, locales.
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/cache/apt/*.bin "$ROOTFS"/usr/share/doc/* \
  "$ROOTFS"/usr/share/man/* "$ROOTFS"/usr/share/locale/*
tar -C "$ROOTFS" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change 'CMD ["node"]' - "$TAG" >/dev/null
docker run --rm --network host "$TAG" node --version
