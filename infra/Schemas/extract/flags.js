'use strict';
// deprecated / sensitive / provider max_items for the Terraform extract, from the Pulumi bridge packages: the cdktf
// packages do not carry them. `pinned` is the Pulumi package whose field sets match the pinned Terraform provider;
// `newer` the one pulumi-schema.json is read from (its extra deprecations become deprecated_in_newer_upstream).
const path = require('path');
const { interfaces, secretInputs, unwrap, locate } = require('./pulumi-dts.js');

const camelOf = s => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
function plurals(c) { return [c, c + 's', c + 'es', c.replace(/y$/, 'ies')]; }

// The Pulumi property of a Terraform key: camelCase, a pluralised block name, or the property whose deprecation
// message names the Terraform key.
function match(props, key) {
  for (const n of plurals(camelOf(key))) { const p = props.find(q => q.name === n); if (p) return p; }
  return props.find(q => q.deprecated && q.deprecated.startsWith(`${key} `));
}

function nestedProps(pkgDir, type) {
  const t = unwrap(type).replace(/\[\]$/, '');
  const m = /^inputs\.(.+)$/.exec(t);
  if (!m) return undefined;
  const all = interfaces(path.join(pkgDir, 'types', 'input.d.ts'));
  return all[m[1]];
}

function apply(block, kind, pinned, newer, token, isProvider) {
  const a = locate(pinned.dir, kind, token);
  const b = locate(newer.dir, kind, token);
  const pinnedProps = interfaces(a.dts)[a.args] || [];
  const newerProps = interfaces(b.dts)[b.args] || [];
  const secrets = secretInputs(a.js);
  walk(block, pinnedProps, newerProps, pinned.dir, newer.dir, secrets, isProvider, true);
}

function walk(block, pinnedProps, newerProps, pinnedDir, newerDir, secrets, isProvider, top) {
  for (const [key, attr] of Object.entries(block.attributes || {})) {
    const p = pinnedProps && match(pinnedProps, key);
    const n = newerProps && match(newerProps, key);
    if (top && p && secrets.has(p.name)) attr.sensitive = true;
    flag(attr, p, n);
  }
  for (const [key, bt] of Object.entries(block.block_types || {})) {
    const p = pinnedProps && match(pinnedProps, key);
    const n = newerProps && match(newerProps, key);
    if (isProvider && p && bt.nesting_mode !== 'single') {
      // cdktf types every provider block as a list; Pulumi's provider args use a single object where MaxItems is 1.
      const single = !/\[\]>?$/.test(unwrap(p.type));
      if (single) { bt.max_items = 1; bt.max_items_from = 'pulumi'; }
    }
    flag(bt, p, n);
    walk(bt.block, p && nestedProps(pinnedDir, p.type), n && nestedProps(newerDir, n.type), pinnedDir, newerDir, secrets, false, false);
  }
}

function flag(target, p, n) {
  if (p && p.deprecated) { target.deprecated = true; target.deprecation = p.deprecated; }
  else if (n && n.deprecated) target.deprecated_in_newer_upstream = n.deprecated;
}

module.exports = { apply };
