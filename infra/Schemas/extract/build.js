'use strict';
// Writes terraform-schema.json and pulumi-schema.json into <schemas> from the packages regenerate.sh unpacked into
// <work>/<alias>/package, for the types <schemas>/types.txt lists. Every package is read as text: nothing from it is
// required or run.
//   node build.js <work> <schemas>
const fs = require('fs');
const path = require('path');
const { extractType, sortKeys } = require('./extract-terraform.js');
const { extract } = require('./extract-pulumi.js');
const flags = require('./flags.js');

// A type, key or construct the extractors do not recognise stops the run with one line naming it; nothing is written.
process.on('uncaughtException', e => { console.error(`regenerate: ${e.message}`); process.exit(1); });

const [work, schemas] = process.argv.slice(2);
const dir = alias => path.join(work, alias, 'package');
const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));
// Terraform names, types and required flags come from cdktf; deprecated/sensitive/provider max_items from the
// Pulumi version whose field sets match the pinned Terraform provider ("pinned"); pulumi-schema.json from the newer
// Pulumi packages ("newer"). random has one Pulumi version for both: 4.21.2 bridges random 3.7.2 itself.
const cdktf = { aws: dir('cdktf-provider-aws'), github: dir('cdktf-provider-github'), random: dir('cdktf-provider-random') };
const pinned = { aws: { dir: dir('pulumi-aws-pinned') }, github: { dir: dir('pulumi-github-pinned') }, random: { dir: dir('pulumi-random') } };
const newer = { aws: { dir: dir('pulumi-aws') }, github: { dir: dir('pulumi-github') }, random: { dir: dir('pulumi-random') } };

const allow = fs.readFileSync(path.join(schemas, 'types.txt'), 'utf8').split('\n').filter(l => l && !l.startsWith('#'))
  .map(l => {
    const [kind, type, token, extra] = l.split(' ');
    if (!['provider', 'resource', 'data'].includes(kind) || !type || !token || extra !== undefined) throw new Error(`types.txt: bad line '${l}'`);
    return { kind, type, token };
  });
const overlay = readJson(path.join(schemas, 'terraform-overlay.json'));
const notes = readJson(path.join(__dirname, 'notes.json'));
const providerOf = (kind, type) => (kind === 'provider' ? type : type.split('_')[0]);

const sections = { provider: 'provider_schemas', resource: 'resource_schemas', data: 'data_source_schemas' };
const tf = { _note: notes.terraform, providers: {}, provider_schemas: {}, resource_schemas: {}, data_source_schemas: {} };
for (const { kind, type, token } of allow) {
  const provider = providerOf(kind, type);
  const meta = readJson(path.join(cdktf[provider], 'package.json'));
  if (kind === 'provider') {
    tf.providers[type] = Object.assign({
      source: meta.cdktf.provider.name.replace('registry.terraform.io/', ''),
      version: meta.cdktf.provider.version,
      from_npm: `${meta.name}@${meta.version}`,
    }, (overlay.providers || {})[type]);
  }
  // A type no package holds at the pinned version is taken from the overlay as it is (see SOURCES.md, Gaps).
  const manual = (overlay[sections[kind]] || {})[type];
  if (manual) { tf[sections[kind]][type] = manual; continue; }
  // Blocks cdktf types as `any` (too deeply nested for jsii) come from the overlay's nested_blocks, keyed by path.
  const block = extractType(cdktf[provider], meta.name, kind, type, provider, ((overlay.nested_blocks || {})[type]) || {});
  if (kind === 'provider') delete block.attributes.alias; // a meta-argument, like count on a resource
  flags.apply(block, kind, pinned[provider], newer[provider], token, kind === 'provider');
  tf[sections[kind]][type] = block;
}
for (const s of Object.values(sections)) tf[s] = sortKeys(tf[s]);

const psections = { provider: 'providers', resource: 'resources', data: 'data_sources' };
const pu = { _note: notes.pulumi, packages: {}, resources: {}, data_sources: {}, providers: {} };
for (const { kind, type, token } of allow) {
  const provider = providerOf(kind, type);
  if (kind === 'provider') {
    const meta = readJson(path.join(newer[provider].dir, 'package.json'));
    pu.packages[type] = { npm: meta.name, version: meta.version, provider_token: token };
  }
  pu[psections[kind]][type] = extract(newer[provider].dir, kind, token, tf[sections[kind]][type]);
}

fs.writeFileSync(path.join(schemas, 'terraform-schema.json'), JSON.stringify(tf, null, 1) + '\n');
fs.writeFileSync(path.join(schemas, 'pulumi-schema.json'), JSON.stringify(pu, null, 1) + '\n');
