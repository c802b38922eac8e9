#!/bin/sh
# dispatch-admin inside the API image: the compiled CLI.
exec node /app/apps/cli/dist/main.js "$@"
