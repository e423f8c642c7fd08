import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ConfigurationError } from '../../src/config/errors.js';
import { checkShardRun, inShard, parseShard, shardSelection } from '../../src/shard.js';
import { configFor, context } from './fakes.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('the shard input', () => {
  it('reads i/n and refuses anything else, naming the input and what is allowed', () => {
    assert.deepEqual(configFor('/ws', { shard: '2/3' }).shard, { index: 2, count: 3 });
    assert.deepEqual(configFor('/ws', { shard: ' 1 / 1 ' }).shard, { index: 1, count: 1 });
    assert.deepEqual(configFor('/ws', { shard: '256/256' }).shard, { index: 256, count: 256 });
    assert.equal(configFor('/ws', {}).shard, undefined);
    for (const [value, says] of [
      ['0/3', /i from 1 to n \(3\)/],
      ['4/3', /i from 1 to n \(3\)/],
      ['1/257', /n from 1 to 256 shards/],
      ['1/0', /n from 1 to 256 shards/],
      ['half', /expected i\/n, such as 2\/3/],
      ['2', /expected i\/n/],
      ['-1/3', /expected i\/n/],
    ] as const)
      assert.throws(
        () => configFor('/ws', { shard: value }),
        (e: unknown) =>
          e instanceof ConfigurationError &&
          e.message.startsWith(`Input 'shard' has an invalid value "${value}"`) &&
          says.test(e.message),
        value,
      );
    assert.equal(typeof parseShard('3/2'), 'string');
  });
});

describe('inShard', () => {
  it('puts every content in exactly one shard, by its hash, in even parts', () => {
    const hashes = Array.from({ length: 3000 }, (_, i) => sha(`file ${i}`));
    const sizes = [1, 2, 3].map((index) => hashes.filter((h) => inShard(h, { index, count: 3 })).length);
    assert.equal(
      sizes.reduce((a, b) => a + b),
      3000,
    );
    for (const n of sizes) assert.ok(n > 900 && n < 1100, `parts of ${sizes.join(', ')}`);
    // The hash as a number modulo n: 0x...05 is 5, which is 2 modulo 3, the third shard.
    const five = `${'0'.repeat(63)}5`;
    assert.equal(inShard(five, { index: 3, count: 3 }), true);
    assert.equal(inShard(five, { index: 1, count: 1 }), true);
  });

  it('selects the shard part of the eligible files and says so', () => {
    const files = Array.from({ length: 30 }, (_, i) => ({ path: `f${i}`, sha256: sha(`f${i}`) }));
    const logs: string[] = [];
    const part = shardSelection({ files, how: 'full scan' }, { index: 2, count: 3 }, (m) => logs.push(m));
    assert.ok(part.files.every((f) => inShard(f.sha256, { index: 2, count: 3 })));
    assert.match(
      part.how,
      new RegExp(`^full scan; shard 2/3: ${part.files.length} of 30 eligible file\\(s\\)$`),
    );
    assert.match(
      logs[0]!,
      /^This run is shard 2\/3: \d+ of 30 eligible file\(s\); the other shards review the rest\.$/,
    );
    const whole = { files, how: 'full scan' };
    assert.equal(
      shardSelection(whole, undefined, () => undefined),
      whole,
    );
  });
});

describe('checkShardRun', () => {
  const shard = { index: 1, count: 2 };
  it('allows runs that write the repository cache', () => {
    const main = { ci: 'github-actions', branch: 'main', defaultBranch: 'main' } as const;
    for (const event of ['push', 'schedule', 'workflow_dispatch'])
      checkShardRun(shard, context({ ...main, event }));
    checkShardRun(shard, context());
    checkShardRun(undefined, context({ ci: 'github-actions', event: 'pull_request' }));
  });

  it('refuses a pull request and any run that may not write the repository cache, saying how to fix it', () => {
    const pr = context({
      ci: 'github-actions',
      event: 'pull_request',
      branch: 'feature',
      defaultBranch: 'main',
      pullRequest: { number: 7, baseSha: 'a', baseRef: 'main', headSha: 'b', fork: false },
    });
    assert.throws(
      () => checkShardRun(shard, pr),
      (e: unknown) =>
        e instanceof ConfigurationError &&
        /^Input 'shard' is set \(1\/2\) on a pull request run: .*Remove 'shard' from this job/.test(
          e.message,
        ),
    );
    const branch = context({ ci: 'github-actions', event: 'push', branch: 'dev', defaultBranch: 'main' });
    assert.throws(() => checkShardRun(shard, branch), /branch dev is not the default branch/);
  });
});
