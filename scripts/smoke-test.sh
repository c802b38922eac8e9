#!/usr/bin/env bash
# Post-deploy smoke test (deploy.yml): the public endpoints answer through the ingress and TLS, every API pod
# is ready, and the CLI inside the image reaches the database.
#   scripts/smoke-test.sh https://staging.dispatch.example.com dispatch-staging
set -euo pipefail
base="${1:?base URL}"
namespace="${2:?namespace}"

check() { # check <what> <url> <expected text>
  local body
  for attempt in 1 2 3 4 5 6; do
    if body=$(curl -fsS --max-time 10 "$2") && grep -q "$3" <<<"$body"; then
      echo "ok: $1"
      return 0
    fi
    echo "waiting for $1 (attempt $attempt)" >&2
    sleep 10
  done
  echo "FAILED: $1 ($2)" >&2
  return 1
}

check "API health" "$base/api/health" '"ok"'
check "API readiness (Postgres and Redis)" "$base/api/ready" '"ready"'
check "web app" "$base/" '<div id="root"'
kubectl -n "$namespace" rollout status deployment/dispatch-api --timeout=5m
kubectl -n "$namespace" exec deploy/dispatch-api -- dispatch-admin migrate status >/dev/null
echo "smoke tests passed"
