#!/usr/bin/env bash
# Regenerates the speech fixtures used by test/ogg: fixtures/speech.txt (the
# script) and fixtures/speech.ogg (Opus, mono 48 kHz, 24 kbit/s, 20 ms frames).
# The outputs are committed, so tests never need espeak-ng; rerunning this
# script rewrites them byte-for-byte identical. The intermediate WAV (~700 KB
# at 48 kHz) stays in a temp dir to keep the repo small; decode speech.ogg
# with opusdec if a WAV is needed.
# Needs: espeak-ng, sox, opus-tools (opusenc).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/fixtures"
mkdir -p "$out"

for tool in espeak-ng sox opusenc; do
  command -v "$tool" >/dev/null || { echo "make-fixtures: $tool not found" >&2; exit 1; }
done

text="Hello from voxring. This is a short test message. \
The quick brown fox jumps over the lazy dog. Call me back."

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

printf '%s\n' "$text" > "$out/speech.txt"
# espeak-ng speaks at 22.05 kHz; resample to mono 48 kHz so opusenc does no
# resampling of its own. -R (repeatable dither) makes sox output identical
# across runs, and libopus is deterministic, so the fixture is too.
espeak-ng -v en-us -s 175 -w "$tmp/raw.wav" -f "$out/speech.txt"
sox -R "$tmp/raw.wav" -r 48000 -c 1 -b 16 "$tmp/speech48k.wav"
# --serial and a fixed comment keep the Ogg output identical across runs.
opusenc --quiet --bitrate 24 --speech --framesize 20 --serial 12345 \
  "$tmp/speech48k.wav" "$out/speech.ogg"

echo "make-fixtures: wrote $out/speech.txt, $out/speech.ogg ($(wc -c < "$out/speech.ogg") bytes)"
