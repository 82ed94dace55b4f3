#!/bin/sh
# Signs the .app with a Developer ID, wraps it in a disk image, has Apple notarise the image and
# staples the ticket, so the download opens without Gatekeeper warnings, even offline.
#
# Usage: packaging/macos/sign-and-notarize.sh VERSION   (from the repository root, after
# `pyinstaller packaging/uploader_gui.spec` has built "dist/api.video Uploader.app")
#
# From the environment:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the login keychain
#   and either
#   MACOS_NOTARY_PROFILE  a profile saved with `xcrun notarytool store-credentials`
#   or all of
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   (an app-specific password)
# Without MACOS_SIGN_IDENTITY the image is built unsigned (for testing) and nothing is sent.
set -eu
version=$1
app="dist/api.video Uploader.app"
dmg="dist/uploader-gui-$version-macos-$(uname -m).dmg"
entitlements=packaging/macos/entitlements.plist
identity=${MACOS_SIGN_IDENTITY:-}

[ -d "$app" ] || { echo "No $app: build it first" >&2; exit 2; }

sign() {
    codesign --force --timestamp --options runtime --entitlements "$entitlements" \
        --sign "$identity" "$@"
}

if [ -n "$identity" ]; then
    # Inside out, so no seal is broken later: loose Mach-O files (libraries, extension modules,
    # the executable), then each framework as a bundle (deepest first), then the app.
    find "$app/Contents" -type f ! -path "*.framework/*" | while read -r f; do
        if file -b "$f" | grep -q "Mach-O"; then sign "$f"; fi
    done
    find "$app/Contents" -type d -name "*.framework" | sort -r | while read -r fw; do
        sign "$fw"
    done
    sign "$app"
    codesign --verify --strict --deep --verbose=2 "$app"
else
    echo "MACOS_SIGN_IDENTITY is not set: building an unsigned disk image." >&2
fi

rm -f "$dmg"
dmgbuild -s packaging/macos/dmg_settings.py -D app="$app" "api.video Uploader" "$dmg"

[ -n "$identity" ] || { echo "Wrote $dmg (unsigned)"; exit 0; }
codesign --force --timestamp --sign "$identity" "$dmg"

if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    set -- --keychain-profile "$MACOS_NOTARY_PROFILE"
else
    : "${APPLE_ID:?set MACOS_NOTARY_PROFILE, or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD}"
    set -- --apple-id "$APPLE_ID" --team-id "${APPLE_TEAM_ID:?}" --password "${APPLE_APP_PASSWORD:?}"
fi
# notarytool can exit 0 for a rejected submission: read the verdict, and show Apple's log if
# it is not "Accepted".
result=$(xcrun notarytool submit "$dmg" "$@" --wait --output-format json)
echo "$result"
if ! echo "$result" | grep -q '"status" *: *"Accepted"'; then
    id=$(echo "$result" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p')
    [ -n "$id" ] && xcrun notarytool log "$id" "$@" || true
    echo "Notarisation failed" >&2
    exit 1
fi
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
echo "Wrote $dmg (signed, notarised, stapled)"
