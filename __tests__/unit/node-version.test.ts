/**
 * One Node requirement, stated everywhere and true: package.json's engines, the README and the contributing
 * guide say the same major, every production dependency runs on it, and CI tests on it and on the runner's.
 */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, loadAction } from '../../scripts/dev/render-docs.js';

const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const OLDEST = Number(/^>=(\d+)$/.exec(pkg.engines.node)?.[1]);
const RUNNER = Number(
  /^node(\d+)$/.exec((loadAction() as unknown as { runs: { using: string } }).runs.using)?.[1],
);

/** The markdown a user or contributor reads. */
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('the Node requirement', () => {
  it('is a plain lower bound in engines, and the action runs on the Node of .node-version', () => {
    assert.ok(OLDEST >= 20, `engines.node is ">=N": ${pkg.engines.node}`);
    assert.equal(
      Number(read('.node-version').trim()),
      RUNNER,
      '.node-version is the runner Node of action.yml',
    );
    assert.match(pkg.devDependencies.node ?? '', new RegExp(`^\\^${RUNNER}\\.`), 'the "node" dev dependency');
  });

  it('is true: no production dependency needs a newer Node', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { dev?: boolean; engines?: { node?: string } }>;
    };
    let highest = 0;
    for (const [path, p] of Object.entries(lock.packages)) {
      const min = /^>=\s*v?(\d+)/.exec(p.engines?.node ?? '')?.[1];
      if (!path || p.dev || !min) continue;
      assert.ok(
        Number(min) <= OLDEST,
        `${path} needs Node ${p.engines?.node}, engines says ${pkg.engines.node}`,
      );
      highest = Math.max(highest, Number(min));
    }
    assert.equal(highest, OLDEST, 'engines is no lower than a production dependency needs');
  });

  it('is the one the docs state, and no doc names another', () => {
    const readme = read('README.md');
    assert.match(readme, new RegExp(`Node ${OLDEST} or later`), `README.md says Node ${OLDEST} or later`);
    for (const file of DOCS)
      for (const m of read(file).matchAll(/\bNode(?:\.js)? (\d+)(\+| or later| or newer)/g))
        assert.equal(Number(m[1]), OLDEST, `${file}: "${m[0]}"`);
  });

  it('is what CI tests: the unit suite on it, everything on the runner Node', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { strategy?: { matrix?: { include?: { node: number; suites: string }[] } } }>;
    };
    const include = Object.values(ci.jobs).flatMap((j) => j.strategy?.matrix?.include ?? []);
    assert.deepEqual(
      include.map((i) => [i.node, i.suites]).sort(),
      [
        [OLDEST, 'unit'],
        [RUNNER, ''],
      ].sort(),
    );
    assert.match(read('.ci/run'), new RegExp(`^npx --yes node@${OLDEST} scripts/dev/test\\.mjs unit$`, 'm'));
  });
});
