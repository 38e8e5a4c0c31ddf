#!/usr/bin/env bash
# Installs what the tests need from Debian's packages (the real registry and independent clients:
# skopeo, and buildah for the interoperability tests),
# only when missing. Runs as root, or through sudo.
set -euo pipefail
missing=()
command -v docker-registry >/dev/null 2>&1 || missing+=(docker-registry)
command -v skopeo >/dev/null 2>&1 || missing+=(skopeo)
command -v buildah >/dev/null 2>&1 || missing+=(buildah)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi
echo "installing ${missing[*]} from Debian's packages" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
