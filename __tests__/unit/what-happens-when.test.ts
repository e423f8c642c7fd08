/**
 * docs/what-happens-when.md cannot drift from the fault catalogue, and the catalogue cannot name a test that
 * does not exist: every entry's test file must hold a test whose title contains the entry's title text.
 */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { BAD_INPUTS, FAULTS } from '../e2e/fault-catalogue.js';
import { DOC, ROOT, renderDoc } from '../../scripts/dev/what-happens-when.js';

const FAULTS_TEST = '__tests__/e2e/faults.test.ts';

/** The literal titles of it / test / describe / suite calls in a test file (quotes unescaped). */
function testTitles(source: string): string[] {
  const titles: string[] = [];
  const call =
    /\b(?:it|test|describe|suite)(?:\.(?:only|skip|todo|concurrent))?\(\s*(['"`])((?:\\.|(?!\1)[\s\S])*)\1/g;
  for (const m of source.matchAll(call)) titles.push(m[2]!.replace(/\\(.)/g, '$1'));
  return titles;
}

/**
 * Whether the file has a test titled with this text: a literal title holding it, or a title a helper makes from
 * a parameter (`${id}: …`) while the file passes the text to it as a string literal.
 */
function hasTitle(source: string, text: string): boolean {
  const titles = testTitles(source);
  if (titles.some((t) => t.includes(text))) return true;
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return titles.some((t) => /\$\{[^}]+\}/.test(t)) && new RegExp(`(['"\`])${escaped}\\1`).test(source);
}

function script(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/dev/what-happens-when.ts'), ...args],
      { cwd: ROOT },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('what happens when… (docs/what-happens-when.md and the fault catalogue)', () => {
  it('the committed doc is what the catalogue renders', async () => {
    assert.ok(
      existsSync(DOC),
      'docs/what-happens-when.md exists: run node --import tsx scripts/dev/what-happens-when.ts',
    );
    assert.equal(
      readFileSync(DOC, 'utf8'),
      await renderDoc(),
      'docs/what-happens-when.md is stale: run node --import tsx scripts/dev/what-happens-when.ts',
    );
  });

  it('the doc has a row for every fault and every bad input', async () => {
    const doc = await renderDoc();
    for (const f of FAULTS) assert.ok(doc.includes(f.when.replace(/\|/g, '\\|')), f.id);
    for (const b of BAD_INPUTS) assert.ok(doc.includes(`\`${b.input}\``), b.input);
  });

  it('the script rewrites a stale file, and with --check exits 1 while it differs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'what-happens-when-'));
    try {
      const file = join(dir, 'doc.md');
      writeFileSync(file, '# stale\n');
      const stale = await script('--check', file);
      assert.equal(stale.code, 1, stale.stderr);
      assert.match(stale.stderr, /differs from the fault catalogue/);
      assert.equal(readFileSync(file, 'utf8'), '# stale\n', '--check writes nothing');
      const write = await script(file);
      assert.equal(write.code, 0, write.stderr);
      assert.equal(readFileSync(file, 'utf8'), await renderDoc());
      const fresh = await script('--check', file);
      assert.equal(fresh.code, 0, fresh.stderr);
      assert.match(fresh.stdout, /is up to date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fault ids are unique', () => {
    const ids = FAULTS.map((f) => f.id);
    assert.deepEqual(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      [],
    );
  });

  it('every fault proved elsewhere names an existing test file holding a test with that title', () => {
    const missing: string[] = [];
    for (const f of FAULTS.filter((x) => x.test.file !== FAULTS_TEST)) {
      const path = resolve(ROOT, f.test.file);
      if (!existsSync(path)) {
        missing.push(`${f.id}: ${f.test.file} does not exist`);
        continue;
      }
      if (!hasTitle(readFileSync(path, 'utf8'), f.test.title))
        missing.push(`${f.id}: no test titled …${f.test.title}… in ${f.test.file}`);
    }
    assert.deepEqual(missing, []);
  });

  it('every fault marked for faults.test.ts has a test titled with its id there', () => {
    const path = resolve(ROOT, FAULTS_TEST);
    assert.ok(existsSync(path), `${FAULTS_TEST} is missing`);
    const source = readFileSync(path, 'utf8');
    const missing = FAULTS.filter((f) => f.test.file === FAULTS_TEST)
      .filter((f) => !hasTitle(source, f.test.title))
      .map((f) => f.id);
    assert.deepEqual(missing, [], `no test titled with these ids in ${FAULTS_TEST}`);
  });

  it('the bad input catalogue: at least 25 values, every input one of action.yml', () => {
    assert.ok(BAD_INPUTS.length >= 25, `${BAD_INPUTS.length} bad inputs`);
    const action = parse(readFileSync(resolve(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    for (const b of BAD_INPUTS)
      for (const name of [b.input, ...Object.keys(b.with ?? {})])
        assert.ok(name in action.inputs, `${name} is an input of action.yml`);
    const cases = BAD_INPUTS.map((b) => `${b.input}=${b.value}`);
    assert.deepEqual(
      cases.filter((c, i) => cases.indexOf(c) !== i),
      [],
      'no value twice',
    );
  });

  it('testTitles reads the titles of test calls, quoted any way', () => {
    const source = [
      "it('one', () => {});",
      'describe("two\'s", () => {});',
      "test(\n  'three \\'quoted\\'',\n  async () => {},\n);",
      'it(`four`, () => {});',
      "const x = fit('not a test');",
    ].join('\n');
    assert.deepEqual(testTitles(source), ['one', "two's", "three 'quoted'", 'four']);
  });

  it('hasTitle takes a literal title, or a helper-made title given the text as a literal', () => {
    assert.ok(hasTitle("it('s3-down: refused', () => {});", 's3-down'));
    const helper = "const t = (id) => it(`${id}: cold`, () => {});\nt('s3-corrupt');";
    assert.ok(hasTitle(helper, 's3-corrupt'));
    assert.ok(!hasTitle(helper, 's3-older-version'));
    assert.ok(!hasTitle("// s3-corrupt\nit('other', () => {});", 's3-corrupt'));
  });
});
