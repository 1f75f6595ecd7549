#!/usr/bin/env bash
# Re-renders the committed PNG icons from the SVG after it changes. Not part of the build.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/hicolor"
svg=scalable/apps/io.github.paperdesk.Paperdesk.svg
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" -o "${size}x${size}/apps/io.github.paperdesk.Paperdesk.png"
done
