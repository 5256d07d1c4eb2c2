#!/bin/sh
# The .deb as a service (issue 21): builds the .deb with CPack, installs it with dpkg, checks
# what the maintainer scripts made (the `dossier` system user, /var/lib/dossier/{inbox,out,
# workspace} owned by it, the systemd unit), starts the unit's ExecStart command line directly as
# the `dossier` user through setpriv (no systemd in CI; the port 8080 swapped for 0 so a busy port cannot fail
# the test), gets 200 "ok" from /healthz, stops it with SIGTERM (exit 0), then `dpkg --purge`
# and checks that nothing is left: no binary, unit, data folder, user or group.
#
# Usage: service_test.sh BUILD_DIR. Skips (exit 77) when not root, without dpkg, or when a
# `dossier` package or user is already on this machine (it is never touched).
set -eu
build=$1
[ "$(id -u)" -eq 0 ] || { echo "skip: needs root for dpkg -i"; exit 77; }
command -v dpkg >/dev/null || { echo "skip: no dpkg"; exit 77; }
if dpkg-query -W -f='${Status}' dossier 2>/dev/null | grep -q 'ok installed' ||
   getent passwd dossier >/dev/null; then
    echo "skip: a dossier package or user already exists here"
    exit 77
fi

tmp=$(mktemp -d /tmp/dossier-service-test.XXXXXX)
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    dpkg --purge dossier >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$tmp/serve.log" ] && cat "$tmp/serve.log"; exit 1; }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/deb" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log"; fail "cpack"; }
deb=$(ls "$tmp"/deb/*.deb)
dpkg-deb -c "$deb" >"$tmp/contents"
grep -q '/lib/systemd/system/dossier.service$' "$tmp/contents" || fail "no unit in the .deb"
for s in postinst prerm postrm; do
    dpkg-deb -I "$deb" "$s" >/dev/null || fail "no $s in the .deb"
done
dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log"; fail "dpkg -i"; }

# What postinst made.
getent passwd dossier >/dev/null || fail "no dossier user"
[ "$(getent passwd dossier | cut -d: -f7)" != "/bin/bash" ] || fail "the dossier user has a login shell"
for d in /var/lib/dossier /var/lib/dossier/inbox /var/lib/dossier/out /var/lib/dossier/workspace; do
    [ "$(stat -c %U:%G "$d")" = "dossier:dossier" ] || fail "$d is not dossier's"
done
unit=$(dpkg -L dossier | grep '/systemd/system/dossier.service$')
[ -f "$unit" ] || fail "unit file not installed"
grep -qx 'User=dossier' "$unit" || fail "the unit does not run as dossier"

# The unit's command line, run directly as the dossier user.
cmd=$(sed -n 's/^ExecStart=//p' "$unit")
case "$cmd" in
    "/usr/bin/dossier serve /var/lib/dossier/inbox -o /var/lib/dossier/out --workspace /var/lib/dossier/workspace --listen 127.0.0.1:8080") ;;
    *) fail "unexpected ExecStart: $cmd" ;;
esac
cmd=$(echo "$cmd" | sed 's/127\.0\.0\.1:8080/127.0.0.1:0/')
cd /var/lib/dossier
# shellcheck disable=SC2086
# setpriv execs the command itself (runuser would stay as a parent and turn SIGTERM into 143).
HOME=/var/lib/dossier setpriv --reuid=dossier --regid=dossier --init-groups -- $cmd \
    >"$tmp/serve.log" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 300); do
    port=$(sed -n 's/^门户已启动：http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$tmp/serve.log")
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || fail "serve ended early"
    sleep 0.1
done
[ -n "$port" ] || fail "serve did not start"
answer=$(python3 -c "
import http.client, sys
c = http.client.HTTPConnection('127.0.0.1', $port, timeout=10)
c.request('GET', '/healthz'); r = c.getresponse(); print(r.status, r.read().decode())")
[ "$answer" = "200 ok" ] || fail "/healthz answered: $answer"
[ "$(stat -c %U /var/lib/dossier/workspace/portal.db)" = "dossier" ] || fail "portal.db not dossier's"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
[ "$status" -eq 0 ] || fail "serve exited $status after SIGTERM"
cd /

dpkg --purge dossier >"$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log"; fail "dpkg --purge"; }
[ ! -e /usr/bin/dossier ] || fail "/usr/bin/dossier left"
[ ! -e "$unit" ] || fail "$unit left"
[ ! -e /var/lib/dossier ] || fail "/var/lib/dossier left"
[ ! -e /usr/share/dossier ] || fail "/usr/share/dossier left"
! getent passwd dossier >/dev/null || fail "user dossier left"
! getent group dossier >/dev/null || fail "group dossier left"
case "$(dpkg-query -W -f='${Status}' dossier 2>/dev/null || true)" in
    "" | *not-installed) ;;
    *) fail "dpkg still lists dossier" ;;
esac
echo "service_test: ok (port $port)"
