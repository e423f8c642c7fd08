import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DEFAULTS, INPUTS } from '../../src/config/inputs.js';
import { VERSION } from '../../src/version.js';

const root = new URL('../../', import.meta.url);
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as {
  inputs: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('action.yml and inputs.ts agree', () => {
  const names = Object.values(INPUTS);

  it('declares every input of INPUTS', () => {
    const missing = names.filter((n) => !(n in action.inputs));
    assert.deepEqual(missing, []);
  });

  it('has no input that INPUTS does not know', () => {
    const unknown = Object.keys(action.inputs).filter((n) => !(names as string[]).includes(n));
    assert.deepEqual(unknown, []);
  });

  it('gives every input the default of DEFAULTS (expressions only the runner can evaluate aside)', () => {
    for (const name of names) {
      const declared = action.inputs[name]?.default;
      assert.ok(
        declared === undefined || typeof declared === 'string',
        `${name}: defaults are strings in action.yml (quote numbers and booleans)`,
      );
      const yml = declared ?? '';
      if (yml.startsWith('${{')) {
        assert.equal(
          DEFAULTS[name],
          undefined,
          `${name}: an expression default in action.yml cannot have a DEFAULTS value`,
        );
        continue;
      }
      assert.equal(yml, DEFAULTS[name] ?? '', `default of ${name}`);
    }
  });

  it('has no DEFAULTS entry for a name that is not an input', () => {
    assert.deepEqual(
      Object.keys(DEFAULTS).filter((n) => !(names as string[]).includes(n)),
      [],
    );
  });

  it('describes every input, and requires none (every input has a default or an empty meaning)', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      assert.ok(input.description && input.description.length > 10, `${name} has a description`);
      assert.notEqual(input.required, true, `${name} is not required`);
    }
  });

  it('declares every output the action writes', () => {
    const design = [
      'cache-backend',
      'files-total',
      'cache-hits',
      'cache-misses',
      'cache-hit-rate',
      'ai-calls',
      'input-tokens',
      'output-tokens',
      'cost-usd',
      'saved-usd',
      'findings',
      'critical',
      'high',
      'medium',
      'low',
      'not-scanned',
      'sarif-file',
      'report-file',
    ];
    for (const name of design) assert.ok(name in action.outputs, `output ${name}`);
  });

  it('runs the bundled action on a current node', () => {
    assert.match(action.runs.using, /^node2[04]$/);
    assert.equal(action.runs.main, 'dist/index.js');
  });
});

describe('version', () => {
  it('VERSION equals the package.json version', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
    assert.equal(VERSION, pkg.version);
  });
});
