#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts `LOCKSTEP sandbox --scenario demo --write-config CONFIG`, waits until the sandbox says it runs (the
# configuration is written by then), runs COMMAND, stops the sandbox and exits with COMMAND's exit code.
# usage: with_sandbox.sh LOCKSTEP CONFIG -- COMMAND [ARGS...]
set -u
exe=$1
cfg=$2
shift 3
# The sandbox's notes go to stderr (read here); its endpoints line on stdout is not needed.
coproc SANDBOX { exec "$exe" sandbox --scenario demo --write-config "$cfg" --exit-after 600 2>&1 >/dev/null; }
# bash forgets SANDBOX and SANDBOX_PID once the coprocess ends: keep them.
pid=$SANDBOX_PID
exec 3<&"${SANDBOX[0]}"
ready=0
while IFS= read -r line <&3; do
    echo "sandbox: $line" >&2
    case $line in
    *"running at"*) ready=1; break ;;
    esac
done
if [ "$ready" -ne 1 ]; then
    echo "with_sandbox.sh: the sandbox did not start" >&2
    exit 99
fi
"$@"
rc=$?
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
exit "$rc"
