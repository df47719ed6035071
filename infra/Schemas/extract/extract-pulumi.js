'use strict';
// Pulumi side of the schema extracts: one entry per allow-listed type from the @pulumi package's declaration files
// (inputs, nested input types, enums, outputs) and its JS (pulumi.secret inputs, additionalSecretOutputs), read as
// text. `tfBlock` is the type's entry in the Terraform extract, used to name each input's Terraform counterpart.
const fs = require('fs');
const path = require('path');
const { interfaces, secretInputs, unwrap, locate } = require('./pulumi-dts.js');

const camelOf = s => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = o => Object.fromEntries(Object.keys(o).sort(byName).map(k => [k, o[k]]));

// A Pulumi input's Terraform counterpart among the keys of a Terraform block: camelCase, a pluralised block,
// or the key its deprecation message names.
function tfName(prop, keys) {
  // An exact camelCase match wins over a plural one (provider endpoints has both cloudwatchlog and cloudwatchlogs).
  const exact = keys.find(k => camelOf(k) === prop.name);
  if (exact) return exact;
  for (const k of keys) {
    const c = camelOf(k);
    if ([c + 's', c + 'es', c.replace(/y$/, 'ies')].includes(prop.name)) return k;
  }
  return keys.find(k => prop.deprecated && prop.deprecated.startsWith(`${k} `));
}

// The enums a .d.ts under types/enums declares: { Name: { values, deprecated } } in declaration order.
function enumsOf(file) {
  const out = {};
  if (!fs.existsSync(file)) return out;
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/export declare const (\w+): \{\n([\s\S]*?)\n\};/g)) {
    const values = [];
    const deprecated = [];
    for (const v of m[2].matchAll(/((?:\s+\/\*\*[\s\S]*?\*\/\n)?)\s+readonly \w+: "([^"]*)";/g)) {
      values.push(v[2]);
      if (/@deprecated/.test(v[1])) deprecated.push(v[2]);
    }
    out[m[1]] = deprecated.length ? { values, deprecated } : { values };
  }
  return out;
}

function extract(pkgDir, kind, token, tfBlock) {
  const loc = locate(pkgDir, kind, token);
  // The token in types.txt must be the one the package's JS registers or invokes (a typo would otherwise yield
  // an empty entry).
  const js = fs.existsSync(loc.js) ? fs.readFileSync(loc.js, 'utf8') : '';
  const registered = kind === 'provider' ? `pulumi:providers:${/__pulumiType = '([^']*)'/.exec(js)?.[1]}`
    : kind === 'resource' ? /__pulumiType = '([^']*)'/.exec(js)?.[1] : /runtime\.invoke\("([^"]*)"/.exec(js)?.[1];
  if (registered !== token) throw new Error(`types.txt: ${token} is not what ${loc.js} registers (${registered})`);
  const decls = interfaces(loc.dts);
  const inputTypes = interfaces(path.join(pkgDir, 'types', 'input.d.ts'));
  const secrets = secretInputs(loc.js);
  const nested = {};
  const enums = {};
  const tfKeys = b => (b ? [...Object.keys(b.attributes || {}), ...Object.keys(b.block_types || {})] : []);

  // Props -> { name: {required, type, deprecated?, deprecation?, secret?, tf?, tf_inferred?} }, following
  // references to nested input types and enums.
  function describe(props, block, topLevel) {
    const keys = tfKeys(block);
    const matched = new Map();
    for (const p of props) { const k = tfName(p, keys); if (k) matched.set(p.name, k); }
    // Only configurable keys can be renamed inputs (computed-only ones are outputs in Pulumi too).
    const configurable = block ? keys.filter(k => !(block.attributes && block.attributes[k] && block.attributes[k].computed && !block.attributes[k].optional && !block.attributes[k].required)) : [];
    const inferred = topLevel ? inferRenames(props, configurable, matched) : new Map();
    const out = {};
    // A block the Terraform overlay gives only in part (subset_of_upstream) keeps only the inputs it describes, so that
    // both extracts hold the same fields (Pulumi types the whole WAFv2 statement tree).
    const kept = block && block.subset_of_upstream ? props.filter(p => matched.has(p.name)) : props;
    for (const p of [...kept].sort((a, b) => byName(a.name, b.name))) {
      const type = unwrap(p.type);
      const entry = { required: !p.optional, type };
      if (p.deprecated) { entry.deprecated = true; entry.deprecation = p.deprecated; }
      if (topLevel && secrets.has(p.name)) entry.secret = true;
      const k = matched.get(p.name) || inferred.get(p.name);
      if (k) entry.tf = k;
      if (inferred.has(p.name)) entry.tf_inferred = true;
      out[p.name] = entry;
      follow(type, block && k && block.block_types && block.block_types[k] ? block.block_types[k].block : undefined);
    }
    return out;
  }

  function follow(type, block) {
    for (const [ref] of type.matchAll(/inputs\.[\w.]+/g)) {
      if (ref in nested) continue;
      const props = inputTypes[ref.slice('inputs.'.length)];
      if (!props) throw new Error(`${token}: no input type ${ref}`);
      nested[ref] = null;
      nested[ref] = describe(props, block, false);
    }
    for (const [ref] of type.matchAll(/enums\.([\w.]+)/g)) {
      if (ref in enums) continue;
      const parts = ref.split('.');
      const name = parts.pop();
      // enums.ssm.ParameterType is declared in types/enums/ssm/index.d.ts.
      const file = path.join(pkgDir, 'types', 'enums', ...parts.slice(1), 'index.d.ts');
      const all = enumsOf(file);
      if (!all[name]) throw new Error(`${token}: no enum ${ref}`);
      enums[ref] = all[name];
    }
  }

  const args = decls[loc.args] || [];
  const entry = { token, file: loc.file, inputs: describe(args, tfBlock, true) };
  if (kind === 'resource') {
    const className = /:([^:]+)$/.exec(token)[1];
    entry.outputs = outputsOf(loc.dts, className);
    const so = /additionalSecretOutputs: \[([^\]]*)\]/.exec(js);
    if (so) entry.secret_outputs = [...so[1].matchAll(/"(\w+)"/g)].map(m => m[1]);
  } else if (kind === 'data') {
    const base = loc.args.replace(/Args$/, 'Result');
    entry.outputs = Object.fromEntries((decls[base] || []).slice().sort((a, b) => byName(a.name, b.name)).map(p => [p.name, unwrap(p.type)]));
  }
  if (Object.keys(nested).length) entry.nested = sorted(nested);
  if (Object.keys(enums).length) entry.enums = sorted(enums);
  return entry;
}

// Pulumi-bridge renames: after camelCase matching, a leftover input whose name is the first or last words of a
// leftover Terraform key (function_name -> name or function, rest_api_id -> restApi); a single leftover pair is paired.
function inferRenames(props, keys, matched) {
  const used = new Set(matched.values());
  const leftProps = props.filter(p => !matched.has(p.name)).map(p => p.name);
  let leftKeys = keys.filter(k => !used.has(k) && k !== 'tags_all' && k !== 'timeouts' && k !== 'id');
  const out = new Map();
  for (const p of leftProps) {
    const k = leftKeys.find(key => { const c = camelOf(key); return c.startsWith(p) && /^[A-Z]/.test(c.slice(p.length)) || c.endsWith(p.charAt(0).toUpperCase() + p.slice(1)); });
    if (k) { out.set(p, k); leftKeys = leftKeys.filter(x => x !== k); }
  }
  // The bridge turns a file-path argument into an asset input (lambda filename -> code: pulumi.asset.Archive).
  for (const p of props.filter(q => leftProps.includes(q.name) && !out.has(q.name) && /pulumi\.asset\./.test(q.type))) {
    const k = leftKeys.find(key => /file/.test(key));
    if (k) { out.set(p.name, k); leftKeys = leftKeys.filter(x => x !== k); }
  }
  const rest = leftProps.filter(p => !out.has(p));
  if (rest.length === 1 && leftKeys.length === 1) out.set(rest[0], leftKeys[0]);
  return out;
}

function outputsOf(dts, className) {
  const text = fs.readFileSync(dts, 'utf8');
  const m = new RegExp(`export declare class ${className} extends [^{]*\\{([\\s\\S]*?)\\n\\}`).exec(text);
  if (!m) throw new Error(`no class ${className} in ${dts}`);
  return [...m[1].matchAll(/^    readonly (\w+)!?: pulumi\.Output</gm)].map(x => x[1]).sort(byName);
}

module.exports = { extract };
