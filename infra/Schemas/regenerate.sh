#!/usr/bin/env bash
# Rebuilds terraform-schema.json and pulumi-schema.json from the npm packages SOURCES.md names, for exactly the types
# types.txt lists, merges terraform-overlay.json (what no package holds) and records the extracts' new sha256 in
# SOURCES.md. Usage: infra/Schemas/regenerate.sh
# Needs node (20 or later) and npm. The packages are fetched with `npm pack` into a temporary folder and unpacked
# there, never in the repository; each tarball must have the sha256 SOURCES.md records, and the extract/ scripts read
# them as text: nothing from a package is run. The aws packages are large (the cdktf tarball is 37 MB).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# alias  package  version. The aliases are the folder names extract/build.js reads; "-pinned" are the Pulumi versions
# closest to the pinned Terraform providers (deprecated/sensitive flags only), see SOURCES.md.
packages=(
  "cdktf-provider-aws     @cdktf/provider-aws    21.22.1"
  "cdktf-provider-github  @cdktf/provider-github 15.3.1"
  "cdktf-provider-random  @cdktf/provider-random 12.0.1"
  "pulumi-aws             @pulumi/aws            7.48.0"
  "pulumi-github          @pulumi/github         6.15.0"
  "pulumi-random          @pulumi/random         4.21.2"
  "pulumi-aws-pinned      @pulumi/aws            7.14.0"
  "pulumi-github-pinned   @pulumi/github         6.10.1"
)

for entry in "${packages[@]}"; do
  read -r alias name version <<<"$entry"
  # The tarball sha256 SOURCES.md records for this package and version (last cell of its table row).
  expected="$(awk -F'|' -v n="$name" -v v="$version" 'NF > 3 {
      gsub(/^ +| +$/, "", $2); gsub(/^ +| +$/, "", $3); gsub(/^ +| +$/, "", $(NF-1))
      split($3, cell, " ")
      if ($2 == n && cell[1] == v) print $(NF-1)
    }' "$here/SOURCES.md")"
  if [[ ! "$expected" =~ ^[0-9a-f]{64}$ ]]; then
    echo "regenerate.sh: SOURCES.md records no tarball sha256 for $name $version" >&2
    exit 2
  fi
  mkdir -p "$work/$alias"
  (cd "$work/$alias" && npm pack --silent "$name@$version" >/dev/null)
  tarball="$(ls "$work/$alias"/*.tgz)"
  actual="$(sha256sum "$tarball" | cut -d' ' -f1)"
  if [[ "$actual" != "$expected" ]]; then
    echo "regenerate.sh: $name@$version tarball has sha256 $actual, SOURCES.md records $expected; not using it" >&2
    exit 1
  fi
  tar xzf "$tarball" -C "$work/$alias"
  echo "$name@$version: sha256 ok"
done

# The aws .jsii assembly is 130 MB of JSON.
node --max-old-space-size=4096 "$here/extract/build.js" "$work" "$here"

# Record the new sha256 of each extract in SOURCES.md's checksum block (SchemaExtractsTests compares them).
for file in terraform-schema.json pulumi-schema.json; do
  sum="$(sha256sum "$here/$file" | cut -d' ' -f1)"
  sed -i -E "s/^[0-9a-f]{64}  $file\$/$sum  $file/" "$here/SOURCES.md"
  echo "$file: $sum"
done
