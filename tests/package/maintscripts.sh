#!/usr/bin/env bash
# The chorus-hub package's maintainer scripts (sync/deploy/debian), run as dpkg runs them on
# install, upgrade, removal and purge, with dpkg's and systemd's helpers replaced by stand-ins
# that log their calls, and DPKG_ROOT pointing at a scratch root. Checks: a new install makes
# the user and starts the hub; an upgrade restarts it (its start runs the migrations); neither
# remove nor purge touches the data in /var/lib/chorus-hub or the user.
# Usage: maintscripts.sh DEBIAN_DIR
set -euo pipefail

scripts="$(cd "$1" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() {
  echo "package_maintscripts: $*" >&2
  exit 1
}

root="$work/root"
mkdir -p "$root/run/systemd/system" "$root/var/lib/chorus-hub" "$work/bin"
echo 'children answers' >"$root/var/lib/chorus-hub/hub.sqlite"
log="$work/calls.log"
for helper in adduser deluser getent install dpkg-statoverride deb-systemd-helper \
              deb-systemd-invoke systemctl rm; do
  cat >"$work/bin/$helper" <<STUB
#!/bin/sh
echo "$helper \$*" >>"$log"
# getent: no such user yet; dpkg-statoverride --list: no override yet.
case "$helper \$1" in "getent passwd"|"dpkg-statoverride --list") exit 2 ;; esac
exit 0
STUB
  chmod +x "$work/bin/$helper"
done

run() {
  : >"$log"
  env PATH="$work/bin:$PATH" DPKG_ROOT="$root" sh -e "$scripts/$1" "${@:2}" ||
    fail "$1 $* failed"
}
called() { grep -q -- "$1" "$log" || { cat "$log" >&2; fail "$2"; }; }
not_called() { if grep -q -- "$1" "$log"; then cat "$log" >&2; fail "$2"; fi; }

run postinst configure
called '^adduser --system --group .*chorus-hub$' "a new install made no chorus-hub user"
called "^install -d -o chorus-hub -g chorus-hub -m 0750 $root/var/lib/chorus-hub\$" \
  "a new install made no data folder"
called '^dpkg-statoverride --update --add root chorus-hub 0640 /etc/chorus-hub/chorus-hub.conf$' \
  "the configuration is not readable by the hub's group only"
called '^deb-systemd-invoke start chorus-hub.service$' "a new install did not start the hub"

run postinst configure 0.0.9-1
called '^deb-systemd-invoke restart chorus-hub.service$' \
  "an upgrade did not restart the hub (which runs the migrations)"

run prerm upgrade 0.2.0-1
not_called 'stop' "an upgrade stopped the hub before the new version was unpacked"
run prerm remove
called '^deb-systemd-invoke stop chorus-hub.service$' "removal did not stop the hub"

for action in remove purge; do
  run postrm "$action"
  not_called '^rm \|^deluser ' "postrm $action deleted data or the user"
  [ "$(cat "$root/var/lib/chorus-hub/hub.sqlite")" = 'children answers' ] ||
    fail "postrm $action changed the hub's data"
done
echo "package_maintscripts: install starts, upgrade restarts, remove and purge keep the data"
