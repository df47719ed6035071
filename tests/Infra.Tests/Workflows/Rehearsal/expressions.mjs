// Evaluates GitHub Actions ${{ }} expressions with @actions/expressions (MIT), GitHub's own evaluator, for the
// workflow rehearsal. Installed by `npm ci --prefix .ci`; a test tool only.
//
// stdin:  {"items":[{"kind":"template"|"if","text":"...","context":{...},"status":"success"|"failure"|"cancelled"}]}
//         template: every ${{ expr }} in text replaced by the expression's value as a string;
//         if: a job's or step's condition; without a status function it is success() && (condition), as GitHub does.
// stdout: {"results":[{"value":"..."}|{"error":"..."}]} in item order ("true"/"false" for an if).
// One request per line and one answer per line, so a single process serves a whole rehearsal.
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';

const tools = process.argv[2];
if (!tools) {
  console.error('usage: node expressions.mjs <folder holding node_modules/@actions/expressions>');
  process.exit(2);
}
const entry = path.join(path.resolve(tools), 'node_modules', '@actions', 'expressions', 'dist', 'index.js');
const { Lexer, Parser, Evaluator, data } = await import(pathToFileURL(entry).href);
const { truthy } = await import(pathToFileURL(path.join(path.dirname(entry), 'result.js')).href);

const contexts = ['github', 'env', 'vars', 'secrets', 'inputs', 'needs', 'steps', 'jobs', 'job', 'runner', 'matrix', 'strategy'];
const statusNames = ['success', 'failure', 'always', 'cancelled'];
const statusInfo = statusNames.map(name => ({ name, minArgs: 0, maxArgs: 0 }));

function evaluate(text, context, status) {
  const lexed = new Lexer(text).lex();
  const expr = new Parser(lexed.tokens, contexts, statusInfo).parse();
  const functions = new Map([
    ['success', { name: 'success', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status === 'success') }],
    ['failure', { name: 'failure', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status === 'failure') }],
    ['always', { name: 'always', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(true) }],
    ['cancelled', { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(status === 'cancelled') }],
  ]);
  const dictionary = JSON.parse(JSON.stringify(context ?? {}), data.reviver);
  return new Evaluator(expr, dictionary, functions).evaluate();
}

function template(item) {
  return item.text.replace(/\$\{\{(.*?)\}\}/gs, (_, inner) => evaluate(inner.trim(), item.context, item.status).coerceString());
}

function condition(item) {
  let text = item.text.trim();
  const wrapped = /^\$\{\{(.*)\}\}$/s.exec(text);
  if (wrapped) {
    text = wrapped[1].trim();
  }
  const usesStatus = new RegExp(`\\b(${statusNames.join('|')})\\s*\\(`).test(text);
  const full = usesStatus ? text : `success() && (${text})`;
  return truthy(evaluate(full, item.context, item.status)) ? 'true' : 'false';
}

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim().length === 0) {
    continue;
  }
  const results = JSON.parse(line).items.map(item => {
    try {
      return { value: item.kind === 'if' ? condition(item) : template(item) };
    } catch (e) {
      return { error: `${e?.name ?? 'Error'}: ${e?.message ?? e}` };
    }
  });
  process.stdout.write(JSON.stringify({ results }) + '\n');
}
