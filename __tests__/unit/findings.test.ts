import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { AnswerError, answerJsonSchema, extractJson, validateAnswer } from '../../src/scanner/findings.js';
import { finding as unquoted } from './fakes.js';

/** A finding as the answer schema requires it: with its evidence line. */
const finding = (...args: Parameters<typeof unquoted>) => ({ ...unquoted(...args), evidence: 'eval(input)' });

const sent = new Map([
  ['src/a.ts', 10],
  ['src/b.ts', 3],
]);

describe('validateAnswer', () => {
  it('groups findings by path and gives every sent file a list', () => {
    const byPath = validateAnswer(
      { findings: [finding('src/a.ts', 'high', 4), finding('src/a.ts', 'low', 9, 'Weak hash')] },
      sent,
    );
    assert.deepEqual([...byPath.keys()].sort(), ['src/a.ts', 'src/b.ts']);
    assert.equal(byPath.get('src/a.ts')!.length, 2);
    assert.deepEqual(byPath.get('src/b.ts'), []);
    const first = byPath.get('src/a.ts')![0]!;
    assert.equal('path' in first, false, 'a cached finding is tied to content, not to a path');
    assert.equal(first.startLine, 4);
    assert.equal(first.cwe, 'CWE-95');
  });

  it('rejects the whole answer when it names a file that was not sent', () => {
    assert.throws(
      () =>
        validateAnswer(
          { findings: [finding('src/a.ts', 'high', 1), finding('../../etc/passwd', 'critical', 1)] },
          sent,
        ),
      (e: unknown) =>
        e instanceof AnswerError && /a file that was not sent: "..\/..\/etc\/passwd"/.test(e.message),
    );
    // Near misses are not the same path.
    assert.throws(() => validateAnswer({ findings: [finding('./src/a.ts', 'low', 1)] }, sent), AnswerError);
    assert.throws(() => validateAnswer({ findings: [finding('SRC/A.TS', 'low', 1)] }, sent), AnswerError);
  });

  it('clamps line numbers to the file', () => {
    const f = (startLine: number, endLine: number) => ({
      ...finding('src/b.ts', 'medium', 1),
      startLine,
      endLine,
    });
    const lines = validateAnswer({ findings: [f(2, 99), f(50, 60), f(3, 1)] }, sent)
      .get('src/b.ts')!
      .map((x) => [x.startLine, x.endLine]);
    assert.deepEqual(lines, [
      [2, 3],
      [3, 3],
      [3, 3],
    ]);
  });

  it('rejects answers that do not match the schema, saying where', () => {
    const bad: [unknown, RegExp][] = [
      [null, /\(root\)/],
      [{}, /findings/],
      [{ findings: 'none' }, /findings/],
      [{ findings: [{ ...finding('src/a.ts', 'high', 1), severity: 'urgent' }] }, /findings\.0\.severity/],
      [{ findings: [{ ...finding('src/a.ts', 'high', 1), startLine: 0 }] }, /findings\.0\.startLine/],
      [{ findings: [{ ...finding('src/a.ts', 'high', 1), startLine: 1.5 }] }, /findings\.0\.startLine/],
      [{ findings: [{ ...finding('src/a.ts', 'high', 1), cwe: '89' }] }, /findings\.0\.cwe/],
      [{ findings: [{ ...finding('src/a.ts', 'high', 1), title: '' }] }, /findings\.0\.title/],
      [{ findings: [{ ...finding('src/a.ts', 'high', 1), category: 'style' }] }, /findings\.0\.category/],
      [
        { findings: [{ ...finding('src/a.ts', 'high', 1), explanation: 'x'.repeat(4001) }] },
        /findings\.0\.explanation/,
      ],
      [{ findings: Array.from({ length: 201 }, () => finding('src/a.ts', 'low', 1)) }, /findings/],
    ];
    for (const [answer, where] of bad) {
      assert.throws(
        () => validateAnswer(answer, sent),
        (e: unknown) =>
          e instanceof AnswerError &&
          /does not match the findings schema/.test(e.message) &&
          where.test(e.message),
        JSON.stringify(answer)?.slice(0, 100),
      );
    }
  });

  it('accepts an empty list', () => {
    assert.deepEqual([...validateAnswer({ findings: [] }, sent).values()], [[], []]);
  });
});

describe('extractJson', () => {
  it('reads a bare JSON object', () => assert.deepEqual(extractJson('{"findings": []}'), { findings: [] }));

  it('finds the object in prose', () => {
    assert.deepEqual(
      extractJson('Here are the results:\n{"findings": [{"title": "a {b} c"}]}\nLet me know.'),
      { findings: [{ title: 'a {b} c' }] },
    );
  });

  it('reads a fenced block, with or without a language', () => {
    assert.deepEqual(extractJson('```json\n{"findings": [1]}\n```'), { findings: [1] });
    assert.deepEqual(extractJson('Result:\n```\n{"findings": [2]}\n```\n'), { findings: [2] });
  });

  it('finds the findings after a quoted code block that is not JSON', () => {
    const text =
      'The vulnerable code is:\n```js\nconst f = () => { eval(x); };\n```\nFindings:\n```json\n{"findings": [3]}\n```';
    assert.deepEqual(extractJson(text), { findings: [3] });
  });

  it('finds the findings after braces that are not JSON', () => {
    assert.deepEqual(extractJson('In `if (x) { y }` the check is missing. {"findings": [4]} {done}'), {
      findings: [4],
    });
  });

  it('fails with an AnswerError when there is no JSON', () => {
    for (const text of ['', 'No issues found.', '{not: json}', '```\nnope\n```'])
      assert.throws(() => extractJson(text), AnswerError, JSON.stringify(text));
  });
});

describe('answerJsonSchema', () => {
  it('is a plain JSON schema of the answer, without $schema', () => {
    const schema = answerJsonSchema() as {
      type: string;
      properties: { findings: { type: string; items: { required: string[] } } };
      $schema?: string;
    };
    assert.equal(schema.$schema, undefined);
    assert.equal(schema.type, 'object');
    assert.equal(schema.properties.findings.type, 'array');
    for (const field of ['path', 'severity', 'startLine', 'endLine', 'title'])
      assert.ok(schema.properties.findings.items.required.includes(field), field);
  });
});
