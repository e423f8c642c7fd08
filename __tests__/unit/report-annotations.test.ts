import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  batches,
  checkAnnotations,
  emitWorkflowAnnotations,
  MAX_CHECK_ANNOTATIONS,
} from '../../src/report/render/annotations.js';
import { finding, manyFindings, sampleReport } from './report-fixtures.js';

describe('check-run annotations', () => {
  it('maps severities to levels: failure for critical and high, warning for medium, notice for low', () => {
    const levels = checkAnnotations(sampleReport()).map((a) => a.annotation_level);
    assert.deepEqual(levels, ['failure', 'failure', 'warning', 'notice']);
  });

  it('never sends a line range that ends before it starts, or line 0', () => {
    const [a] = checkAnnotations(sampleReport([finding({ startLine: 9, endLine: 3 })]));
    assert.deepEqual([a!.start_line, a!.end_line], [9, 9]);
  });

  it('caps titles at 255 and messages at 4,000 characters, plain text without invisible characters', () => {
    const [a] = checkAnnotations(
      sampleReport([
        finding({ title: `t\u202e${'x'.repeat(1000)}`, explanation: 'e'.repeat(100_000), fix: 'f' }),
      ]),
    );
    assert.equal(a!.title.length, 255);
    assert.ok(a!.title.startsWith('[HIGH] tx'));
    assert.equal(a!.message.length, 4000);
  });

  it('bounds the total and splits into requests of 50', () => {
    assert.equal(checkAnnotations(sampleReport(manyFindings(1200))).length, MAX_CHECK_ANNOTATIONS);
    assert.deepEqual(
      batches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length),
      [50, 50, 20],
    );
    assert.deepEqual(batches([]), []);
  });
});

describe('workflow annotations', () => {
  it('emits the most severe first, at most 50, with file and lines', () => {
    const seen: string[] = [];
    const sink = {
      error: (m: string, p: { file: string; startLine: number }) =>
        void seen.push(`error ${p.file}:${p.startLine}`),
      warning: (m: string, p: { file: string; startLine: number }) =>
        void seen.push(`warning ${p.file}:${p.startLine}`),
      notice: (m: string, p: { file: string; startLine: number }) =>
        void seen.push(`notice ${p.file}:${p.startLine}`),
    };
    assert.equal(
      emitWorkflowAnnotations(
        sampleReport(manyFindings(70, 'low').concat(manyFindings(1, 'critical'))),
        sink,
      ),
      50,
    );
    assert.equal(seen.length, 50);
    assert.equal(seen[0], 'error src/pkg0000/module.py:1');
    assert.equal(seen[1], 'notice src/pkg0000/module.py:1');
  });
});
