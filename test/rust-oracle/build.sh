#!/usr/bin/env bash
# Build the serde conformance oracle (release, offline) and print its path.
# It compiles against Debian's packaged crates, because crates.io is not
# reachable here; .cargo/config.toml points cargo at them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
registry=/usr/share/cargo/registry
apt_cmd="apt-get install librust-serde-dev librust-serde-derive-dev librust-serde-json-dev librust-chrono-dev librust-serde-ignored-dev"

if ! command -v cargo >/dev/null 2>&1; then
  echo "build.sh: cargo not found on PATH (Rust toolchain needed)" >&2
  exit 1
fi
missing=()
for crate in serde-1.0.152 serde_derive-1.0.152 serde_json-1.0.87 chrono-0.4.23 serde_ignored-0.1.2; do
  [ -f "$registry/$crate/Cargo.toml" ] || missing+=("$crate")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "build.sh: missing Debian crates in $registry: ${missing[*]}" >&2
  echo "build.sh: install them with:  $apt_cmd" >&2
  exit 1
fi

cd "$here"
# --locked: Cargo.lock pins Debian bookworm's versions, the ones the rules in
# test/support/rules.ts were measured against.
if ! cargo build --release --offline --locked >&2; then
  echo "build.sh: cargo build failed. Cargo.lock expects serde 1.0.152, serde_json 1.0.87," >&2
  echo "build.sh: chrono 0.4.23, serde_ignored 0.1.2 from Debian; install them with:  $apt_cmd" >&2
  exit 1
fi
echo "$here/target/release/serde-conformance"
