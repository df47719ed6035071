// The independent IAM evaluator the C# PolicyEvaluator is compared against.
// @cloud-copilot/iam-simulate is AGPL-3.0: it is a test oracle only, installed by `npm ci --prefix .ci` in CI,
// never shipped with or linked into the product.
//
// stdin:  {"cases":[{"identityPolicies":[<policy>...], "permissionsBoundary":<policy>|null, "resourcePolicy":<policy>|null,
//                    "request":{"action":"s3:GetObject","resource":"arn:...","resourceAccount":"123456789012",
//                               "principal":"arn:aws:iam::123456789012:role/x","principalAccount":"123456789012",
//                               "context":{"key":["v"]}}}]}
// stdout: {"decisions":["Allowed"|"ImplicitDeny"|"ExplicitDeny"|"Error: <why>", ...]} in case order.
import { createRequire } from 'node:module';
import path from 'node:path';

const modules = process.argv[2];
if (!modules) {
  console.error('usage: node iam-oracle.mjs <folder holding node_modules/@cloud-copilot/iam-simulate>');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'package.json'));
const { runSimulation, typeForContextKey, isConditionKeyArray } = await import(require.resolve('@cloud-copilot/iam-simulate'));

// The C# side sends every key as a list; the oracle wants a single value for a single-valued key.
async function contextFor(request) {
  const context = {};
  for (const [key, values] of Object.entries(request.context ?? {})) {
    let multi = true;
    try {
      multi = isConditionKeyArray(await typeForContextKey(key));
    } catch {
      multi = values.length !== 1;
    }
    context[key] = multi ? values : values[0];
  }
  // PolicyEvaluator supplies the principal's keys itself; the oracle is given the same.
  context['aws:PrincipalArn'] ??= request.principal;
  context['aws:PrincipalAccount'] ??= request.principalAccount ?? request.resourceAccount;
  return context;
}

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const asPolicy = (p) => (typeof p === 'string' ? JSON.parse(p) : p);
const kinds = { Allowed: 'Allowed', ImplicitlyDenied: 'ImplicitDeny', ExplicitlyDenied: 'ExplicitDeny' };

const decisions = [];
for (const c of input.cases) {
  const simulation = {
    request: {
      principal: c.request.principal,
      action: c.request.action,
      resource: { resource: c.request.resource, accountId: c.request.resourceAccount },
      contextVariables: await contextFor(c.request),
    },
    identityPolicies: (c.identityPolicies ?? []).map((p, i) => ({ name: `identity-${i}`, policy: asPolicy(p) })),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
  };
  if (c.resourcePolicy) simulation.resourcePolicy = asPolicy(c.resourcePolicy);
  if (c.permissionsBoundary) simulation.permissionBoundaryPolicies = [{ name: 'boundary', policy: asPolicy(c.permissionsBoundary) }];
  try {
    const result = await runSimulation(simulation, { simulationMode: 'Strict' });
    if (result.resultType === 'error') {
      decisions.push('Error: ' + JSON.stringify(result.errors));
    } else {
      decisions.push(kinds[result.overallResult] ?? 'Error: unknown result ' + result.overallResult);
    }
  } catch (e) {
    decisions.push('Error: ' + (e && e.message ? e.message : String(e)));
  }
}
process.stdout.write(JSON.stringify({ decisions }));
