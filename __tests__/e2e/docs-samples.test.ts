/** The sample summary and comment in docs/ (which the README quotes) are what the bundled action renders now. */
import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { staleSamples } from '../../scripts/dev/sample-report.js';

describe('docs/ samples', () => {
  it('the sample summary and comment in docs/ are what the bundled action renders now', async () => {
    assert.deepEqual(await staleSamples(), [], 'run `npm run docs` (after `npm run bundle`)');
  });
});
