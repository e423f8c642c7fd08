// Extracts from GitHub's own OpenAPI description only the operations this action calls, with their resolved
// parameter, request-body and success-response schemas, into a small fixture the GitHub API stand-in validates
// requests (and its own answers) against. The full description (@octokit/openapi, ~385 MB) is not a dependency:
//   npm install --prefix <scratch dir> @octokit/openapi
//   node scripts/dev/extract-github-openapi.mjs <scratch dir>/node_modules/@octokit/openapi [__tests__/fixtures/github-openapi-subset.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OPERATIONS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'checks/create',
  'checks/update',
  'pulls/list-files',
];
/** Documentation, not shape: dropped to keep the fixture small. */
const DROP = new Set([
  'description',
  'summary',
  'example',
  'examples',
  'externalDocs',
  'title',
  'tags',
  'operationId',
]);

const pkg = process.argv[2];
if (!pkg) {
  console.error(
    'usage: node scripts/dev/extract-github-openapi.mjs <path of @octokit/openapi> [output file]',
  );
  process.exit(2);
}
const out = process.argv[3] ?? '__tests__/fixtures/github-openapi-subset.json';
const spec = JSON.parse(readFileSync(join(pkg, 'generated', 'api.github.com.deref.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));

function strip(node, key) {
  if (Array.isArray(node)) return node.map((n) => strip(n));
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [k, v] of Object.entries(node)) {
    // `title` is also a property name (check-run output.title); drop it only as a keyword, never under `properties`.
    if (key !== 'properties' && (DROP.has(k) || k.startsWith('x-'))) continue;
    copy[k] = strip(v, k);
  }
  return copy;
}

const operations = {};
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (!OPERATIONS.includes(op?.operationId)) continue;
    const success = Object.entries(op.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
    operations[op.operationId] = {
      method: method.toUpperCase(),
      path,
      parameters: strip(op.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        required: Boolean(p.required),
        schema: p.schema,
      })),
      requestBody: op.requestBody
        ? strip(op.requestBody.content?.['application/json']?.schema ?? {})
        : undefined,
      response: success
        ? {
            status: Number(success[0]),
            schema: strip(success[1].content?.['application/json']?.schema ?? {}),
          }
        : undefined,
    };
  }
}
const missing = OPERATIONS.filter((id) => !operations[id]);
if (missing.length) throw new Error(`operations not found in the description: ${missing.join(', ')}`);
const doc = {
  source: `@octokit/openapi ${version} (generated/api.github.com.deref.json, OpenAPI ${spec.openapi})`,
  generatedBy: 'scripts/dev/extract-github-openapi.mjs',
  operations: Object.fromEntries(OPERATIONS.map((id) => [id, operations[id]])),
};
const text = `${JSON.stringify(doc)}\n`;
writeFileSync(out, text);
console.log(`${out}: ${OPERATIONS.length} operations, ${(text.length / 1024).toFixed(1)} KB`);
