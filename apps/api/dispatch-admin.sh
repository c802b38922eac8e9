#!/bin/sh
# dispatch-admin inside the API image: the compiled CLI. `kubectl exec` sessions do not pass through the
# entrypoint, so the Vault-rendered credentials file is loaded here too.
set -eu
if [ -n "${DISPATCH_ENV_FILE:-}" ] && [ -r "$DISPATCH_ENV_FILE" ]; then
  # shellcheck disable=SC1090
  . "$DISPATCH_ENV_FILE"
fi
exec node /app/apps/cli/dist/main.js "$@"
