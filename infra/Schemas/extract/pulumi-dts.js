'use strict';
// Reads the declaration files (.d.ts) of a @pulumi package as text: interfaces, their properties with the
// optional mark, the TypeScript type text and any @deprecated message. Nothing from the package is run.
const fs = require('fs');
const path = require('path');

const cache = new Map();

// { "<ns.>Name": [{ name, optional, type, deprecated }] } for every interface in a .d.ts file; ns is the
// dotted namespace path inside the file (types/input.d.ts nests one namespace per module).
function interfaces(file) {
  if (cache.has(file)) return cache.get(file);
  const out = {};
  if (!fs.existsSync(file)) { cache.set(file, out); return out; }
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const scopes = []; // {kind: 'ns'|'iface', name, indent}
  let doc = [];
  let inDoc = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    let text = line.trim();
    // A property whose type spans lines (an inline object type): join it, dropping the member separators.
    if (/^(?:readonly )?\w+\??: /.test(text) && !text.endsWith(';')) {
      while (i + 1 < lines.length && !(text.endsWith(';') && balanced(text))) text += lines[++i].trim();
      text = text.replace(/;\}/g, '}');
    }
    if (inDoc) { doc.push(text); if (text.endsWith('*/')) inDoc = false; continue; }
    if (text.startsWith('/**')) { doc = [text]; inDoc = !text.endsWith('*/'); continue; }
    let m;
    if ((m = /^(?:export )?(?:declare )?namespace (\w+) \{$/.exec(text))) { scopes.push({ kind: 'ns', name: m[1], indent }); doc = []; continue; }
    if ((m = /^(?:export )?interface (\w+)(?: extends [^{]*)? \{$/.exec(text))) {
      const ns = scopes.filter(s => s.kind === 'ns').map(s => s.name);
      const name = [...ns, m[1]].join('.');
      out[name] = [];
      scopes.push({ kind: 'iface', name, indent });
      doc = [];
      continue;
    }
    if (text === '}' && scopes.length && scopes[scopes.length - 1].indent === indent) { scopes.pop(); doc = []; continue; }
    const top = scopes[scopes.length - 1];
    if (top && top.kind === 'iface' && indent === top.indent + 4 && (m = /^(?:readonly )?(\w+)(\?)?: (.*);$/.exec(text))) {
      out[top.name].push({ name: m[1], optional: !!m[2], type: m[3], deprecated: deprecation(doc) });
    }
    doc = [];
  }
  cache.set(file, out);
  return out;
}

function balanced(t) {
  let depth = 0;
  for (const c of t) { if (c === '{' || c === '<' || c === '(') depth++; else if (c === '}' || c === '>' || c === ')') depth--; }
  return depth === 0;
}

// The text after @deprecated up to the next tag or the end of the comment, lines joined by a space.
function deprecation(doc) {
  const body = doc.map(l => l.replace(/^\/\*\*\s?|\*\/$|^\*\s?/g, '').trim());
  const at = body.findIndex(l => l.startsWith('@deprecated'));
  if (at < 0) return undefined;
  const parts = [body[at].slice('@deprecated'.length).trim()];
  for (let i = at + 1; i < body.length && !body[i].startsWith('@'); i++) if (body[i]) parts.push(body[i]);
  return parts.filter(Boolean).join(' ');
}

// Inputs the resource's JS wraps in pulumi.secret(), i.e. the provider marks them sensitive.
function secretInputs(jsFile) {
  if (!fs.existsSync(jsFile)) return new Set();
  const js = fs.readFileSync(jsFile, 'utf8');
  return new Set([...js.matchAll(/pulumi\.secret\(args\.(\w+)\)/g)].map(m => m[1]));
}

// The type text without pulumi.Input<> wrappers and "| undefined":
// "pulumi.Input<pulumi.Input<inputs.s3.BucketCorsRule>[]>" -> "inputs.s3.BucketCorsRule[]"
function unwrap(type) {
  let t = type;
  for (;;) {
    const m = /^pulumi\.Input<(.*)>$/.exec(t);
    if (!m) break;
    t = m[1];
  }
  t = t.replace(/ \| undefined$/, '');
  for (let prev = ''; prev !== t;) {
    prev = t;
    // An array of a union keeps its parentheses: Input<Input<string | Topic>[]> is (string | Topic)[].
    t = t.replace(/pulumi\.Input<([^<>]*)>\[\]/g, (_, x) => (x.includes(' | ') ? `(${x})[]` : `${x}[]`));
    t = t.replace(/pulumi\.Input<([^<>]*)>/g, '$1');
  }
  return t;
}

// The declaration file, the JS file and the Args interface of a Pulumi token.
function locate(pkgDir, kind, token) {
  if (kind === 'provider') return { dts: path.join(pkgDir, 'provider.d.ts'), js: path.join(pkgDir, 'provider.js'), args: 'ProviderArgs', file: 'provider.d.ts' };
  const [, mod, member] = /^\w+:([^/]+)\/([^:]+):/.exec(token);
  const rel = mod === 'index' ? `${member}` : `${mod}/${member}`;
  const base = member.charAt(0).toUpperCase() + member.slice(1);
  return { dts: path.join(pkgDir, `${rel}.d.ts`), js: path.join(pkgDir, `${rel}.js`), args: `${base}Args`, file: `${rel}.d.ts` };
}

module.exports = { interfaces, secretInputs, unwrap, locate };
