#!/usr/bin/env bash
# Chorus as `cmake --install` lays it out (issue 13): installs into a temporary prefix, checks
# that nothing installed points into the build or source tree (no RUNPATH, no compiled-in
# path), then runs the installed programs in a mount namespace where the whole checkout,
# build tree included, is hidden under an empty folder: `chorus --self-test` (which must also
# fail without the installed Chorus.Voice plugin), `chorusctl init`/`verify`, `--version` of
# all three, and `chorus-hub serve` with a configuration file, asked GET /v1/info.
# Usage: installed.sh BUILD_DIR SOURCE_DIR VERSION APP_ID
set -euo pipefail

build="$(cd "$1" && pwd)"
source="$(cd "$2" && pwd)"
version="$3"
app_id="$4"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

fail() {
  echo "package_install: $*" >&2
  exit 1
}

if ! cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then
  cat "$work/install.log" >&2
  fail "cmake --install failed (build every target first: cmake --build build)"
fi

# The layout the programs rely on (relative to themselves) and the system files.
for f in bin/chorus bin/chorusctl bin/chorus-hub \
         lib/chorus/libchorus_audio.so lib/chorus/libchorus_voice.so \
         lib/chorus/qml/Chorus/Voice/qmldir lib/chorus/qml/Chorus/Voice/libchorus_voiceplugin.so \
         "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
         "share/icons/hicolor/scalable/apps/$app_id.svg" \
         etc/chorus-hub/chorus-hub.conf lib/systemd/system/chorus-hub.service \
         share/doc/chorus-hub/examples/nginx-site.conf \
         share/doc/chorus/copyright share/doc/chorus-hub/changelog.Debian.gz \
         share/man/man1/chorus.1.gz share/man/man1/chorusctl.1.gz share/man/man1/chorus-hub.1.gz; do
  [ -e "$prefix/$f" ] || fail "the install lacks $f"
done
grep -qx "ExecStart=$prefix/bin/chorus-hub serve" "$prefix/lib/systemd/system/chorus-hub.service" ||
  fail "the unit does not start the installed chorus-hub"

# Nothing installed may name the checkout (the build tree is inside it).
if grep -rlaF "$source" "$prefix"; then
  fail "the files above name the source or build tree ($source)"
fi
# Search paths: none, or relative to the file itself ($ORIGIN).
elves=0
while IFS= read -r -d '' f; do
  [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  elves=$((elves + 1))
  readelf -d "$f" | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]/\2/p' | tr ':' '\n' |
    while IFS= read -r entry; do
      case "$entry" in
        '$ORIGIN'*) ;;
        *) fail "$f searches $entry for libraries" ;;
      esac
    done
done < <(find "$prefix" -type f -print0)
[ "$elves" -ge 6 ] || fail "expected at least 6 programs and libraries, found $elves"

# The rest runs with the checkout hidden, so that a path into it cannot help.
cat >"$work/hidden.sh" <<'INNER'
set -euo pipefail
prefix="$1"; work="$2"; source="$3"; version="$4"
fail() { echo "package_install: $*" >&2; exit 1; }
[ ! -e "$source/CMakeLists.txt" ] || fail "the checkout is still visible"
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software TZ=UTC LC_ALL=C.UTF-8
export HOME="$work/home" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"

# Every library resolves.
while IFS= read -r -d '' f; do
  if [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] && ldd "$f" | grep -q 'not found'; then
    ldd "$f" >&2
    fail "$f has a library that cannot be found"
  fi
done < <(find "$prefix" -type f -print0)

for program in chorus chorusctl chorus-hub; do
  out="$("$prefix/bin/$program" --version)" || fail "$program --version failed"
  case "$out" in
    *" $version") ;;
    *) fail "$program --version printed '$out', not version $version" ;;
  esac
done

if ! "$prefix/bin/chorus" --self-test >"$work/selftest.log" 2>&1; then
  tail -40 "$work/selftest.log" >&2
  fail "the installed chorus --self-test failed"
fi
# The self-test must notice a missing plugin: it loads Chorus.Voice from lib/chorus/qml.
mv "$prefix/lib/chorus/qml" "$prefix/lib/chorus/qml.away"
if "$prefix/bin/chorus" --self-test >"$work/selftest-without.log" 2>&1; then
  fail "chorus --self-test passed without the installed Chorus.Voice plugin"
fi
grep -q 'Chorus.Voice' "$work/selftest-without.log" ||
  fail "chorus --self-test failed without the plugin, but not for Chorus.Voice"
mv "$prefix/lib/chorus/qml.away" "$prefix/lib/chorus/qml"

"$prefix/bin/chorusctl" --help >/dev/null || fail "chorusctl --help failed"
store="$work/store"
printf '%s\n' 'a long passphrase for the test' |
  "$prefix/bin/chorusctl" --data-dir "$store" init --kdf-ms 50 >"$work/init.log" ||
  fail "chorusctl init failed"
printf '%s\n' 'a long passphrase for the test' |
  "$prefix/bin/chorusctl" --data-dir "$store" verify >"$work/verify.log" ||
  fail "chorusctl verify failed"
code=0
printf '%s\n' 'not the passphrase at all' |
  "$prefix/bin/chorusctl" --data-dir "$store" verify >/dev/null 2>&1 || code=$?
[ "$code" -eq 2 ] || fail "chorusctl verify with a wrong passphrase exited $code, not 2"

# The hub from a configuration file alone (what the chorus-hub service does).
cat >"$work/hub.conf" <<CONF
database = sqlite:$work/hub.sqlite
listen = 127.0.0.1:0
small-number-threshold = 9
CONF
"$prefix/bin/chorus-hub" serve --config "$work/hub.conf" >"$work/hub.out" 2>"$work/hub.err" &
hub=$!
port=""
for _ in $(seq 100); do
  port="$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\) .*/\1/p' "$work/hub.out")"
  [ -n "$port" ] && break
  kill -0 "$hub" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$port" ]; then
  cat "$work/hub.err" >&2
  fail "the installed chorus-hub serve did not start"
fi
info="$(curl -fsS "http://127.0.0.1:$port/v1/info")" || { kill "$hub"; fail "GET /v1/info failed"; }
kill "$hub"
wait "$hub" 2>/dev/null || true
for part in '"protocol":1' '"framework":"design-and-implementation/coproduction"'; do
  case "$info" in
    *"$part"*) ;;
    *) fail "GET /v1/info answered $info, without $part" ;;
  esac
done
# Admin commands find the same database through the configuration, without --db.
CHORUS_HUB_CONFIG="$work/hub.conf" "$prefix/bin/chorus-hub" add-reviewer 'Sam Jones' \
  >"$work/reviewer.out" || fail "chorus-hub add-reviewer from the configuration failed"
grep -q 'one-time secret' "$work/reviewer.out" || fail "add-reviewer printed no secret"
if CHORUS_HUB_CONFIG="$work/hub.conf" "$prefix/bin/chorus-hub" add-reviewer 'Sam Jones' \
     >/dev/null 2>&1; then
  fail "a second add-reviewer of the same name succeeded: not the configured database"
fi
echo "package_install: the installed programs ran with the checkout hidden"
INNER

# Root hides the checkout in a private mount namespace; anyone else in a user namespace.
if [ "$(id -u)" -eq 0 ]; then
  namespace=(unshare --mount --propagation private)
else
  namespace=(unshare --mount --map-root-user --propagation private)
fi
"${namespace[@]}" true 2>/dev/null ||
  fail "cannot make a mount namespace (unshare from util-linux, user namespaces) to hide the checkout"
"${namespace[@]}" bash -c 'mount -t tmpfs -o size=1m,mode=0755 chorus-hidden "$1" && shift && exec bash "$@"' \
  _ "$source" "$work/hidden.sh" "$prefix" "$work" "$source" "$version"
echo "package_install: layout, no paths into the checkout, $elves ELF files with no foreign search path"
