'use strict';
// Terraform side of the schema extracts: reads the compiled cdktf provider packages (lib/<name>/index.js and the
// .jsii assembly) as text; nothing from them is required or run.
const fs = require('fs');
const path = require('path');

function fail(message) { throw new Error(message); }

const assemblies = new Map();
function assembly(pkgDir) {
  if (!assemblies.has(pkgDir)) {
    const jsii = JSON.parse(fs.readFileSync(path.join(pkgDir, '.jsii'), 'utf8'));
    assemblies.set(pkgDir, jsii.types);
  }
  return assemblies.get(pkgDir);
}

const camelOf = s => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const kebab = s => s.replace(/_/g, '-');
const camel = s => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

// The lib folder of a type: resources drop nothing, data sources are data-<type>, providers are "provider".
function folderOf(kind, type, provider) {
  if (kind === 'provider') return 'provider';
  const rest = type.startsWith(provider + '_') ? type.slice(provider.length + 1) : type;
  return kind === 'data' ? `data-${kebab(type)}` : kebab(rest);
}

// Top-level chunks of a compiled module: each `class X` / `function f` up to the next one.
function chunks(js) {
  const out = {};
  const re = /^(class|function) (\w+)/gm;
  const starts = [];
  let m;
  while ((m = re.exec(js))) starts.push({ kind: m[1], name: m[2], at: m.index });
  starts.forEach((s, i) => { out[s.name] = js.slice(s.at, i + 1 < starts.length ? starts[i + 1].at : js.length); });
  return out;
}

// The `const attrs = { key: { value, isBlock, type, storageClassType }, ... }` literal of a synthesizer.
function hclAttrs(body) {
  const entries = [];
  const re = /^\s+(\w+): \{\n\s+value: (.*),\n\s+isBlock: (true|false),\n\s+type: "(\w+)",\n\s+storageClassType: "(\w+)",\n\s+\}/gm;
  let m;
  while ((m = re.exec(body))) {
    const prop = (/(?:this\._|struct\.|struct\!\.)(\w+)/.exec(m[2]) || fail(`no property in ${m[2]}`))[1];
    const fn = /(\w+)ToHclTerraform/.exec(m[2].replace(/cdktf\.\w+ToHclTerraform/g, ''));
    entries.push({ key: m[1], prop, isBlock: m[3] === 'true', type: m[4], storage: m[5], fn: fn && fn[1] });
  }
  return entries;
}

const scalar = { string: 'string', number: 'number', boolean: 'bool' };
function attrType(e) {
  if (scalar[e.storage]) return scalar[e.storage];
  const list = /^(string|number|boolean)List$/.exec(e.storage);
  if (list) return `${e.type === 'set' ? 'set' : 'list'}(${scalar[list[1]]})`;
  const map = /^(string|number|boolean)Map$/.exec(e.storage);
  if (map) return `map(${scalar[map[1]]})`;
  return fail(`unknown storage class ${e.storage} for ${e.key}`);
}

// Computed-only getters (the generator keeps its "computed: true, optional: false" comment in front of them).
function computedGetters(body, all) {
  const out = {};
  const re = /\/\/ (\w+) - computed: true, optional: false, required: false\n\s+get (\w+)\(\) \{\n\s+return (.*);/g;
  let m;
  while ((m = re.exec(body))) out[m[1]] = getterType(m[3], body, all, m[1]);
  // Computed lists of objects: the comment sits on the field's initializer in the constructor instead.
  const field = /\/\/ (\w+) - computed: true, optional: false, required: false\n\s+this\._\w+ = new \w+List\(/g;
  while ((m = field.exec(body))) out[m[1]] = getterType(`this._${camelOf(m[1])}`, body, all, m[1]);
  return out;
}

const getters = {
  getStringAttribute: 'string', getNumberAttribute: 'number', getBooleanAttribute: 'bool',
  getListAttribute: 'list(string)', getNumberListAttribute: 'list(number)',
  getStringMapAttribute: 'map(string)', getNumberMapAttribute: 'map(number)', getBooleanMapAttribute: 'map(bool)',
  getAnyMapAttribute: 'map(any)',
};
function getterType(expr, body, all, key) {
  let m = /^cdktf\.Fn\.tolist\(this\.(\w+)\(/.exec(expr);
  if (m) return getters[m[1]].replace(/^list/, 'set');
  m = /^this\.(get\w+)\(/.exec(expr);
  if (m) return getters[m[1]] || fail(`unknown getter ${m[1]} for ${key}`);
  m = /^this\._(\w+)$/.exec(expr);
  if (m) {
    const ctor = new RegExp(`this\\._\\w+ = new (\\w+)List\\(this, "${key}", (true|false)\\)`).exec(body)
      || fail(`no list class for computed ${key}`);
    const ref = all[`${ctor[1]}OutputReference`] || fail(`no ${ctor[1]}OutputReference`);
    const fields = computedGetters(ref, all);
    const inner = Object.keys(fields).sort().map(k => `${k}=${fields[k]}`).join(',');
    return `${ctor[2] === 'true' ? 'set' : 'list'}(object({${inner}}))`;
  }
  return fail(`unknown computed getter ${expr} for ${key}`);
}

function structOf(types, submodule, name) {
  for (const [fqn, t] of Object.entries(types)) {
    if (t.name === name && t.namespace === submodule) return t;
  }
  return fail(`no jsii struct ${submodule}.${name}`);
}

// `given` maps a block path (e.g. "rule.statement") to the block the overlay supplies for a key cdktf types as `any`.
function block(entries, computed, struct, types, submodule, all, given = {}, path = '') {
  const props = new Map((struct.properties || []).map(p => [p.name, p]));
  const attributes = {};
  const blocks = {};
  for (const e of entries) {
    const p = props.get(e.prop) || fail(`jsii ${struct.name} lacks ${e.prop}`);
    const required = !p.optional;
    if (e.storage === 'any' && given[path + e.key]) {
      blocks[e.key] = given[path + e.key];
      continue;
    }
    if (!e.isBlock) {
      attributes[e.key] = { type: attrType(e), required, optional: !required };
      continue;
    }
    const nestedName = e.fn.charAt(0).toUpperCase() + e.fn.slice(1);
    const nested = structOf(types, submodule, nestedName);
    const nestedBody = all[e.fn + 'ToHclTerraform'] || fail(`no ${e.fn}ToHclTerraform`);
    const inner = block(hclAttrs(nestedBody), computedGetters(all[`${nestedName}OutputReference`] || '', all), nested, types, submodule, all, given, `${path}${e.key}.`);
    if (e.type === 'struct') {
      blocks[e.key] = { nesting_mode: 'single', required, block: inner };
    } else {
      const single = !!p.type.fqn;
      blocks[e.key] = { nesting_mode: e.type, min_items: required ? 1 : 0, max_items: single ? 1 : null, required, block: inner };
    }
  }
  for (const [k, type] of Object.entries(computed)) {
    if (!(k in attributes)) attributes[k] = { type, required: false, optional: false, computed: true };
  }
  // Like `terraform providers schema -json`, every block has "attributes" (possibly empty); block_types only when any.
  const result = { attributes: sortKeys(attributes) };
  if (Object.keys(blocks).length) result.block_types = sortKeys(blocks);
  return result;
}

function sortKeys(o) { return Object.fromEntries(Object.keys(o).sort().map(k => [k, o[k]])); }

function extractType(pkgDir, pkgName, kind, type, provider, given = {}) {
  const folder = folderOf(kind, type, provider);
  const file = path.join(pkgDir, 'lib', folder, 'index.js');
  if (!fs.existsSync(file)) fail(`${kind} ${type}: ${pkgName} has no lib/${folder}/index.js`);
  const js = fs.readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
  const all = chunks(js);
  const wanted = kind === 'provider' ? provider : type;
  const tf = new RegExp(`^(\\w+)\\.tfResourceType = "${wanted}";`, 'm').exec(js) || fail(`${type}: no tfResourceType in lib/${folder}`);
  const cls = all[tf[1]];
  const submodule = camel(folder);
  const types = assembly(pkgDir);
  // jsii renames a config struct whose name another struct of the package already takes by appending "A"
  // (aws_wafv2_web_acl_association: Wafv2WebAclAssociationConfigA, as the web ACL's association_config block is
  // Wafv2WebAclAssociationConfig).
  const named = name => Object.values(types).some(t => t.name === name && t.namespace === submodule);
  const config = structOf(types, submodule, named(`${tf[1]}Config`) ? `${tf[1]}Config` : `${tf[1]}ConfigA`);
  const synth = /synthesizeHclAttributes\(\) \{([\s\S]*?)\n    \}\n/.exec(cls) || fail(`${type}: no synthesizeHclAttributes`);
  return block(hclAttrs(synth[1]), computedGetters(cls, all), config, types, submodule, all, given);
}

module.exports = { extractType, sortKeys };

