#!/usr/bin/env bash
# The two Debian packages (issue 13), made by cpack from the build as scripts/package makes
# them, and checked with the tools an IT team and Debian use: dpkg-deb (contents, control
# fields, Depends computed from the binaries), lintian (no errors), desktop-file-validate,
# appstreamcli validate, systemd-analyze verify on the unit, and nginx -t on the example site.
# Usage: debs.sh BUILD_DIR VERSION APP_ID
set -euo pipefail

build="$(cd "$1" && pwd)"
version="$2"
app_id="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fail() {
  echo "package_deb: $*" >&2
  exit 1
}

export PATH="$PATH:/usr/sbin:/sbin" # nginx, for users whose PATH lacks them
for tool in cpack dpkg-deb dpkg-shlibdeps file lintian desktop-file-validate appstreamcli nginx \
            openssl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/bootstrap installs it)"
done

if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack failed"
fi
arch="$(dpkg --print-architecture)"
app="$work/out/chorus_${version}-1_${arch}.deb"
hub="$work/out/chorus-hub_${version}-1_${arch}.deb"
[ -f "$app" ] && [ -f "$hub" ] || { ls "$work/out" >&2; fail "cpack made no chorus and chorus-hub packages"; }

field() { dpkg-deb -f "$1" "$2"; }
# dpkg-deb -c, one path a line ("/usr/bin/chorus"), kept beside the package.
for deb in "$app" "$hub"; do
  dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$deb.list"
done
has_file() { grep -qxF "$2" "$1.list" || fail "$(basename "$1") lacks $2"; }
lacks_file() { if grep -qxF "$2" "$1.list"; then fail "$(basename "$1") holds $2"; fi; }

# Control fields. Depends: the libraries come from dpkg-shlibdeps, the run-time Qt
# modules from cmake/Packaging.cmake; the app never links Qt Sql, the hub never SQLCipher.
for deb in "$app" "$hub"; do
  [ "$(field "$deb" Version)" = "${version}-1" ] || fail "$(basename "$deb"): Version is not ${version}-1"
  dpkg-deb -I "$deb" >/dev/null
done
app_depends="$(field "$app" Depends)"
hub_depends="$(field "$hub" Depends)"
for need in 'libc6 (>=' 'libqt6core6 (>=' 'libqt6quick6 (>=' 'libsodium23 (>=' 'libqrencode4 (>=' qml6-module-qtquick-controls qt6-qpa-plugins qml6-module-qtquick-virtualkeyboard; do
  case "$app_depends" in *"$need"*) ;; *) fail "chorus Depends lacks $need: $app_depends" ;; esac
done
for need in 'libqt6sql6 (>=' 'libqt6httpserver6 (>=' libqt6sql6-sqlite adduser; do
  case "$hub_depends" in *"$need"*) ;; *) fail "chorus-hub Depends lacks $need: $hub_depends" ;; esac
done
case "$app_depends" in *libqt6sql6*) fail "chorus depends on Qt Sql: $app_depends" ;; esac
case "$hub_depends" in *sqlcipher*) fail "chorus-hub depends on SQLCipher: $hub_depends" ;; esac

# Contents.
metainfo="/usr/share/metainfo/$app_id.metainfo.xml"
desktop="/usr/share/applications/$app_id.desktop"
for f in /usr/bin/chorus /usr/bin/chorusctl /usr/lib/chorus/libchorus_audio.so \
         /usr/lib/chorus/libchorus_voice.so /usr/lib/chorus/qml/Chorus/Voice/qmldir \
         /usr/lib/chorus/qml/Chorus/Voice/libchorus_voiceplugin.so "$desktop" "$metainfo" \
         "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" /usr/share/doc/chorus/copyright \
         /usr/share/doc/chorus/changelog.Debian.gz /usr/share/man/man1/chorus.1.gz \
         /usr/share/man/man1/chorusctl.1.gz; do
  has_file "$app" "$f"
done
for f in /usr/bin/chorus-hub /lib/systemd/system/chorus-hub.service \
         /etc/chorus-hub/chorus-hub.conf /usr/share/doc/chorus-hub/examples/nginx-site.conf \
         /usr/share/doc/chorus-hub/copyright /usr/share/doc/chorus-hub/changelog.Debian.gz \
         /usr/share/man/man1/chorus-hub.1.gz; do
  has_file "$hub" "$f"
done
lacks_file "$app" /usr/bin/chorus-hub
lacks_file "$hub" /usr/bin/chorus
dpkg-deb -e "$hub" "$work/hub-control"
for script in postinst prerm postrm; do
  [ -x "$work/hub-control/$script" ] || fail "chorus-hub has no $script"
done
grep -qx /etc/chorus-hub/chorus-hub.conf "$work/hub-control/conffiles" ||
  fail "the hub's configuration is not a conffile"

dpkg-deb -x "$app" "$work/root"
dpkg-deb -x "$hub" "$work/root"

# Every screenshot the metadata names is in the package (taken by tst_screenshots).
shots=0
for url in $(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$work/root$metainfo"); do
  shots=$((shots + 1))
  has_file "$app" "/usr/share/chorus/screenshots/$(basename "$url")"
done
[ "$shots" -ge 3 ] || fail "the metadata names $shots screenshots"
# Welsh and Arabic words in the desktop entry and the metadata.
for lang in cy ar; do
  grep -q "^Comment\[$lang\]=" "$work/root$desktop" || fail "the desktop entry has no Comment[$lang]"
  grep -q "^GenericName\[$lang\]=" "$work/root$desktop" || fail "the desktop entry has no GenericName[$lang]"
  for tag in summary p li caption; do
    grep -q "<$tag xml:lang=\"$lang\">" "$work/root$metainfo" ||
      fail "the metadata has no <$tag> in $lang"
  done
done
# The release notes and the Debian changelog name this version.
newest="$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$work/root$metainfo" | head -1)"
[ "$newest" = "$version" ] ||
  fail "the newest release in the metadata is $newest, not $version (add its release notes)"
changelog="$(zcat "$work/root/usr/share/doc/chorus/changelog.Debian.gz" | head -1)"
case "$changelog" in
  "chorus (${version}-1) "*) ;;
  *) fail "cmake/debian/changelog.in starts with '$changelog', not version ${version}-1" ;;
esac

desktop-file-validate "$work/root$desktop" || fail "desktop-file-validate found problems"
appstreamcli validate --no-net --pedantic "$work/root$metainfo" >"$work/appstream.log" 2>&1 || {
  cat "$work/appstream.log" >&2
  fail "appstreamcli validate found problems"
}

# lintian: no errors (warnings are printed for the record).
if ! lintian --fail-on error --tag-display-limit 0 "$app" "$hub" >"$work/lintian.log" 2>&1; then
  cat "$work/lintian.log" >&2
  fail "lintian found errors"
fi
cat "$work/lintian.log"

# The unit, as systemd reads it (where systemd is installed), with ExecStart pointed at the
# unpacked program (verify checks that it exists); and its exposure, as systemd rates the
# hardening: at most 2.0 of 10 ("OK").
unit="$work/root/lib/systemd/system/chorus-hub.service"
for option in 'User=chorus-hub' 'ProtectSystem=strict' 'ProtectHome=yes' 'PrivateTmp=yes' \
              'NoNewPrivileges=yes' 'StateDirectory=chorus-hub' 'CapabilityBoundingSet='; do
  grep -qx "$option" "$unit" || fail "the unit lacks $option"
done
grep -qx 'ExecStart=/usr/bin/chorus-hub serve' "$unit" || fail "the unit does not run /usr/bin/chorus-hub"
grep -qx 'listen = 127.0.0.1:8470' "$work/root/etc/chorus-hub/chorus-hub.conf" ||
  fail "the hub is not configured to listen on loopback"
if command -v systemd-analyze >/dev/null; then
  mkdir "$work/unit"
  sed "s|^ExecStart=/usr/bin/chorus-hub|ExecStart=$work/root/usr/bin/chorus-hub|" "$unit" \
    >"$work/unit/chorus-hub.service"
  if ! systemd-analyze verify --man=no "$work/unit/chorus-hub.service" >"$work/systemd.log" 2>&1 ||
     [ -s "$work/systemd.log" ]; then
    cat "$work/systemd.log" >&2
    fail "systemd-analyze verify found problems in the unit"
  fi
  if ! systemd-analyze security --offline=yes --threshold=20 "$work/unit/chorus-hub.service" \
       >"$work/security.log" 2>&1; then
    cat "$work/security.log" >&2
    fail "systemd-analyze security rates the unit's exposure above 2.0"
  fi
  grep 'Overall exposure' "$work/security.log"
else
  echo "package_deb: systemd-analyze is not installed (no systemd here); the unit was not verified"
fi

# The example nginx site loads in a bare nginx with a throw-away certificate.
site="$work/root/usr/share/doc/chorus-hub/examples/nginx-site.conf"
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=hub.test -days 1 \
  -keyout "$work/key.pem" -out "$work/cert.pem" >/dev/null 2>&1
sed -e "s|/etc/ssl/certs/chorus-hub.pem|$work/cert.pem|" \
    -e "s|/etc/ssl/private/chorus-hub.key|$work/key.pem|" \
    -e 's|listen 443 ssl;|listen 127.0.0.1:1 ssl;|' "$site" >"$work/site.conf"
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
events {}
http {
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  include $work/site.conf;
}
CONF
nginx -t -q -p "$work" -c "$work/nginx.conf" -e "$work/error.log" ||
  fail "nginx -t refused the example site"
echo "package_deb: $(basename "$app") and $(basename "$hub") built and checked"
