#!/bin/sh
# Container entrypoint: with Vault, the Agent renders credentials into DISPATCH_ENV_FILE (export lines);
# load them, then run the command (the API, or dispatch-admin in the migration and backup Jobs).
set -eu
if [ -n "${DISPATCH_ENV_FILE:-}" ]; then
  if [ ! -r "$DISPATCH_ENV_FILE" ]; then
    echo "DISPATCH_ENV_FILE=$DISPATCH_ENV_FILE is not readable (did the Vault Agent render it?)" >&2
    exit 1
  fi
  # shellcheck disable=SC1090
  . "$DISPATCH_ENV_FILE"
fi
exec "$@"
