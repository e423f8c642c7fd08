/**
 * npm run docs: writes the generated sections of the README and of the reference pages in docs/ from their
 * sources, so the documentation cannot drift from what the action and the CLI do. A section is the text between
 * `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`:
 *
 *   inputs, outputs    the tables of action.yml's inputs and outputs
 *   cli-help           the CLI's real `--help` output
 *   costs-help         the CLI's real `costs --help` output
 *   eval-help          the CLI's real `eval --help` output
 *   pricing            the dated price table of src/cost/pricing.ts, with its source
 *   limits             the limits the code enforces, from its constants
 *   sample             the top of docs/sample-summary.md (a real run's job summary), quoted
 *   file:PATH          the file at PATH, fenced (the README's workflow is an example workflow, verbatim)
 *
 * `npm run docs` first regenerates docs/sample-summary.md and docs/sample-comment.md (scripts/dev/sample-report.ts,
 * an end-to-end run of dist/), then every file of GENERATED_DOCS. `npm run docs -- --check` writes nothing and
 * fails when any differs; __tests__/unit/docs.test.ts checks the same. docs/what-happens-when.md is rendered
 * apart (scripts/dev/what-happens-when.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import { PRICING, PRICING_DATE } from '../../src/cost/pricing.js';
import { LIMITS } from '../../src/report/render/markdown.js';
import {
  ANNOTATIONS_PER_REQUEST,
  MAX_CHECK_ANNOTATIONS,
  MAX_WORKFLOW_ANNOTATIONS,
} from '../../src/report/render/annotations.js';
import { MAX_TRACKED_FINDINGS } from '../../src/report/publish/comment-reporter.js';
import { MAX_RUNS } from '../../src/cache/cache-document.js';
import { MAX_OBJECT_BYTES } from '../../src/cache/s3-store.js';
import { main as cli } from '../../src/cli-main.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const path = (p: string) => resolve(ROOT, p);

export interface ActionSpec {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

export function loadAction(): ActionSpec {
  return parse(readFileSync(path('action.yml'), 'utf8')) as ActionSpec;
}

/** The CLI as a user runs it: exit code and output of `ai-scanner ARGS`, without touching the real streams. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
  });
  return { code, stdout, stderr };
}

/** The inputs the CLI takes as --flags: those its parser accepts (the others only make sense in Actions). */
export async function cliInputs(action: ActionSpec = loadAction()): Promise<string[]> {
  const accepted: string[] = [];
  for (const name of Object.keys(action.inputs)) {
    const asString = await runCli([`--${name}=x`, '--help']);
    const asBoolean = asString.code === 0 ? asString : await runCli([`--${name}`, '--help']);
    if (asBoolean.code === 0) accepted.push(name);
  }
  return accepted;
}

/** Markdown table cell: one line, pipes escaped, angle brackets shown rather than taken for HTML. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function table(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

export function inputsTable(action: ActionSpec, cliNames: string[]): string {
  return table(
    ['Input', 'Default', 'CLI', 'Description'],
    Object.entries(action.inputs).map(([name, spec]) => [
      `\`${name}\``,
      spec.default === undefined || spec.default === '' ? '' : `\`${String(spec.default)}\``,
      cliNames.includes(name) ? `\`--${name}\`` : '',
      cell(spec.description),
    ]),
  );
}

export function outputsTable(action: ActionSpec): string {
  return table(
    ['Output', 'Description'],
    Object.entries(action.outputs).map(([name, spec]) => [`\`${name}\``, cell(spec.description)]),
  );
}

export async function cliHelp(): Promise<string> {
  const help = await runCli(['--help']);
  if (help.code !== 0) throw new Error(`ai-scanner --help exited ${help.code}: ${help.stderr}`);
  return '```text\n$ ai-scanner --help\n' + help.stdout.trimEnd() + '\n```';
}

export async function costsHelp(): Promise<string> {
  const help = await runCli(['costs', '--help']);
  if (help.code !== 0) throw new Error(`ai-scanner costs --help exited ${help.code}: ${help.stderr}`);
  return '```text\n$ ai-scanner costs --help\n' + help.stdout.trimEnd() + '\n```';
}

async function evalHelp(): Promise<string> {
  const help = await runCli(['eval', '--help']);
  if (help.code !== 0) throw new Error(`ai-scanner eval --help exited ${help.code}: ${help.stderr}`);
  return '```text\n$ ai-scanner eval --help\n' + help.stdout.trimEnd() + '\n```';
}

const usd = (n: number | undefined) => (n === undefined ? '' : `$${n}`);

export function pricingTable(): string {
  const source = /https:\/\/[^\s)]+/.exec(readFileSync(path('src/cost/pricing.ts'), 'utf8'))?.[0];
  if (!source) throw new Error('src/cost/pricing.ts names no source URL for its prices');
  const rows = Object.entries(PRICING).map(([model, p]) => [
    `\`${model}\``,
    usd(p.input),
    usd(p.output),
    usd(p.cacheRead),
    usd(p.cacheWrite),
  ]);
  return [
    `USD per million tokens, on demand, as listed on the [Amazon Bedrock pricing page](${source}) on ` +
      `**${PRICING_DATE}** (\`src/cost/pricing.ts\`):`,
    '',
    table(['Model', 'Input', 'Output', 'Prompt-cache read', 'Prompt-cache write'], rows),
  ].join('\n');
}

const n = (x: number) => x.toLocaleString('en-US');

export function limitsTable(action: ActionSpec): string {
  const maxFile = action.inputs['max-file-size-kb']?.default;
  const rows: [string, string, string][] = [
    [
      'File size',
      `${maxFile} KB (\`max-file-size-kb\`)`,
      'Larger files are skipped and listed with the reason; no smaller file is too large for the model.',
    ],
    [
      'One model request',
      "The model's context",
      'A larger file is sent in overlapping chunks that fit; a run of blank or repeated lines takes one line.',
    ],
    [
      'PR comment',
      `${n(LIMITS.comment)} characters`,
      'GitHub’s limit. The comment is rendered to fit: the most severe findings first, then a note of how many were left out.',
    ],
    ['Check run output', `${n(LIMITS.check)} characters`, 'As for the comment.'],
    [
      'Job summary',
      `${n(LIMITS.summary / 1024 / 1024)} MiB`,
      'GitHub’s limit for one step’s summary; rendered to fit like the comment.',
    ],
    [
      'Check annotations',
      `${n(ANNOTATIONS_PER_REQUEST)} per request, ${n(MAX_CHECK_ANNOTATIONS)} per run`,
      'GitHub takes 50 annotations per Checks API request; the action sends them in batches, most severe first.',
    ],
    [
      'Workflow annotations',
      `${n(MAX_WORKFLOW_ANNOTATIONS)} per run`,
      'Used instead of the check run when the token cannot write checks (a fork’s pull request).',
    ],
    [
      '"New / fixed" tracking',
      `${n(MAX_TRACKED_FINDINGS)} findings`,
      'The sticky comment remembers this many findings to say what is new since the last run.',
    ],
    [
      'Cache object',
      `${n(MAX_OBJECT_BYTES / 1024 / 1024)} MiB`,
      'A larger S3 object is treated as corrupt: the run starts cold and replaces it.',
    ],
    [
      'Run history in the cache',
      `${n(MAX_RUNS)} runs`,
      'The cost trend in the job summary covers at most this many runs.',
    ],
  ];
  return table(['What', 'Limit', 'What happens'], rows);
}

/** The top of the sample job summary (the headline, the cost table and the findings), as a quotation. */
export function sampleExcerpt(): string {
  const text = readFileSync(path('docs/sample-summary.md'), 'utf8')
    .replace(/^<!--[\s\S]*?-->\s*/, '')
    .split('<details>')[0]!
    .trim();
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

const FENCE: Record<string, string> = { '.yml': 'yaml', '.yaml': 'yaml', '': 'groovy' };

function fencedFile(rel: string): string {
  const text = readFileSync(path(rel), 'utf8').trimEnd();
  const lang = FENCE[extname(rel)] ?? '';
  return '```' + lang + '\n' + text + '\n```';
}

const SECTION = /<!-- generated:(\S+) -->[\s\S]*?<!-- \/generated:\1 -->/g;

/** The files with generated sections: the README, and the reference pages it links to. */
export const GENERATED_DOCS = [
  'README.md',
  'docs/inputs.md',
  'docs/workflows.md',
  'docs/cache-and-cost.md',
  'docs/local-and-other-ci.md',
  'docs/eval.md',
];

/** `text` (the content of `file`) with every generated section rendered afresh, formatted as prettier does. */
export async function renderDoc(text: string, file: string): Promise<string> {
  const action = loadAction();
  const sections: Record<string, () => string | Promise<string>> = {
    inputs: async () => inputsTable(action, await cliInputs(action)),
    outputs: () => outputsTable(action),
    'cli-help': cliHelp,
    'costs-help': costsHelp,
    'eval-help': evalHelp,
    pricing: pricingTable,
    limits: () => limitsTable(action),
    sample: sampleExcerpt,
  };
  const names = [...text.matchAll(SECTION)].map((m) => m[1]!);
  const rendered = new Map<string, string>();
  for (const name of names) {
    const render = name.startsWith('file:') ? () => fencedFile(name.slice(5)) : sections[name];
    if (!render) throw new Error(`${file} has an unknown generated section ${name}`);
    rendered.set(name, await render());
  }
  const next = text.replace(
    SECTION,
    (_, name: string) => `<!-- generated:${name} -->\n\n${rendered.get(name)}\n\n<!-- /generated:${name} -->`,
  );
  const options = (await prettier.resolveConfig(path(file))) ?? {};
  return prettier.format(next, { ...options, filepath: path(file) });
}

async function mainScript(): Promise<void> {
  const check = process.argv.includes('--check');
  // The samples first: the README quotes one of them.
  const { writeSamples } = await import('./sample-report.js');
  if ((await writeSamples(check)) !== 0) process.exitCode = 1;
  for (const file of GENERATED_DOCS) {
    const current = readFileSync(path(file), 'utf8');
    const next = await renderDoc(current, file);
    if (next === current) console.log(`${file} is up to date.`);
    else if (check) {
      console.error(`${file} differs from what action.yml, the CLI and src/ render: run \`npm run docs\`.`);
      process.exitCode = 1;
    } else {
      writeFileSync(path(file), next);
      console.log(`${file} updated.`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await mainScript();
