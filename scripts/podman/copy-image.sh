#!/usr/bin/env bash
# Copies an image built for Docker (scripts/build-offline-image.sh) into Podman's store, so both
# engines run the same bytes without building twice: `docker save | podman load`. Does nothing when
# Podman already has it. (RIDE_CONTAINER_CLI=podman scripts/build-offline-image.sh builds it for
# Podman from the recipe instead, without Docker.)
#
#   scripts/podman/copy-image.sh [TAG]     # default ride/postgres:15-offline
set -euo pipefail
TAG=${1:-ride/postgres:15-offline}
if podman image exists "$TAG" 2>/dev/null; then
  echo "copy-image: Podman already has $TAG" >&2
  exit 0
fi
docker save "$TAG" | podman load -q >/dev/null
podman image exists "$TAG" || { echo "copy-image: $TAG did not arrive in Podman's store" >&2; exit 1; }
echo "copy-image: $TAG copied from Docker into Podman" >&2
