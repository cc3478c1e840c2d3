#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with GNOME Keyring's Secret Service unlocked in a throwaway
# home folder, so keychain tests touch no real keyring. Usage: with_secret_service.sh COMMAND [ARGS...]
set -euo pipefail
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
  # The login keyring is created on first unlock with this throwaway password and becomes the default.
  printf "%s" "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' keyring "$@"
