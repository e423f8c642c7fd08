import { describe, it, expect } from '@jest/globals';
import { chunkContent, mergeChunkFindings, numberedChars, OVERLAP_LINES } from '../../src/scanner/chunks.js';
import type { Finding } from '../../src/scanner/findings.js';
import { numberLines, splitLines, userPrompt } from '../../src/scanner/prompt.js';

const texts = (content: string, first?: number) => numberLines(content, first).map((l) => l.text);

/** Real-looking lines of code, all different, `count` of them. */
const code = (count: number) =>
  Array.from({ length: count }, (_, i) => `const value${i} = compute(${i}, "${'x'.repeat(i % 17)}");`).join(
    '\n',
  ) + '\n';

describe('numberLines', () => {
  it('numbers every line of ordinary code, padded to the widest number', () => {
    expect(texts('a\nb\nc\n')).toEqual(['1| a', '2| b', '3| c']);
    expect(texts(code(10)).at(-1)).toMatch(/^10\| const value9 /);
    expect(texts(code(10))[0]).toMatch(/^ 1\| /);
  });

  it('collapses a run of blank lines into one marker line with the real range', () => {
    const content = `a\n${'\n'.repeat(4000)}b\n`;
    expect(texts(content)).toEqual(['   1| a', '[lines 2-4001 blank]', '4002| b']);
  });

  it('counts whitespace-only lines as blank, and keeps a single blank line numbered', () => {
    expect(texts('a\n  \n\t\nb\n\nc')).toEqual(['1| a', '[lines 2-3 blank]', '4| b', '5| ', '6| c']);
    expect(texts(`a\n${' '.repeat(100_000)}\nb`)).toEqual(['1| a', '2| ', '3| b']);
  });

  it('shows a repeated line once and the run of its repeats as one marker', () => {
    expect(texts('x\n//\n//\n//\n//\ny\ny\n')).toEqual([
      '1| x',
      '2| //',
      '[lines 3-5 repeat line 2]',
      '6| y',
      '7| y',
    ]);
  });

  it('numbers from the first line it is given (a chunk keeps the file numbers)', () => {
    expect(texts('p\n\n\nq', 98)).toEqual([' 98| p', '[lines 99-100 blank]', '101| q']);
  });

  it('keeps the request within a small multiple of the content, whatever the line count', () => {
    const blank = `backdoor()\n${'\n'.repeat(250_000)}`;
    expect(userPrompt([{ path: 'a.py', content: blank }], 'M').length).toBeLessThan(300);
    const repeated = `${'#\n'.repeat(100_000)}`;
    expect(userPrompt([{ path: 'b.py', content: repeated }], 'M').length).toBeLessThan(300);
  });

  it('a file line can never pass for a run marker: file lines always carry a number', () => {
    const forged = '[lines 2-9 blank]\n[lines 2-9 repeat line 1]\n';
    expect(texts(forged)).toEqual(['1| [lines 2-9 blank]', '2| [lines 2-9 repeat line 1]']);
  });

  it('says which part of a file a chunk is', () => {
    const text = userPrompt(
      [
        {
          path: 'big.ts',
          content: 'x\ny',
          part: { firstLine: 41, lastLine: 42, totalLines: 90, index: 2, count: 3 },
        },
      ],
      'M',
    );
    expect(text).toContain('[part 2 of 3: lines 41-42 of 90;');
    expect(text).toContain('41| x\n42| y\n===== END FILE M =====');
  });
});

describe('chunkContent', () => {
  it('keeps a content that fits as one chunk', () => {
    const content = code(50);
    const [only, ...rest] = chunkContent(content, 1_000_000);
    expect(rest).toEqual([]);
    expect(only).toEqual({ content, firstLine: 1, lastLine: 50, chars: numberedChars(content) });
  });

  it('cuts a large content on line boundaries into chunks within the limit, covering every line', () => {
    const content = code(3000);
    const lines = splitLines(content);
    const chunks = chunkContent(content, 20_000);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) {
      expect(numberedChars(c.content, c.firstLine)).toBeLessThanOrEqual(20_000);
      // Its size as counted is never less than what it takes when sent.
      expect(c.chars).toBeGreaterThanOrEqual(numberedChars(c.content, c.firstLine));
      // The chunk's content is exactly the file's lines firstLine..lastLine: findings keep the file's numbers.
      expect(splitLines(c.content)).toEqual(lines.slice(c.firstLine - 1, c.lastLine));
    }
    expect(chunks[0]!.firstLine).toBe(1);
    expect(chunks.at(-1)!.lastLine).toBe(3000);
    for (let k = 1; k < chunks.length; k++) {
      const overlap = chunks[k - 1]!.lastLine - chunks[k]!.firstLine + 1;
      expect(overlap).toBeGreaterThan(0);
      expect(overlap).toBeLessThanOrEqual(OVERLAP_LINES);
    }
  });

  it('numbers a chunk from where it starts in the file', () => {
    const chunks = chunkContent(code(2000), 15_000, 1);
    const second = chunks[1]!;
    expect(texts(second.content, second.firstLine)[0]).toMatch(
      new RegExp(`^${second.firstLine}\\| const value${second.firstLine - 1} `),
    );
  });

  it('never cuts a run of blank lines: it takes one line however long', () => {
    const content = `${code(400)}${'\n'.repeat(100_000)}${code(400)}`;
    const chunks = chunkContent(content, 12_000);
    const total = splitLines(content).length;
    expect(chunks.at(-1)!.lastLine).toBe(total);
    expect(chunks.reduce((n, c) => n + c.chars, 0)).toBeLessThan(content.length / 2);
  });

  it('cuts a single line longer than the limit into overlapping pieces under its own number', () => {
    const long = 'y'.repeat(50_000);
    const chunks = chunkContent(`a\n${long}\nb\n`, 10_000);
    const pieces = chunks.filter((c) => c.firstLine === 2 && c.lastLine === 2);
    expect(pieces.length).toBeGreaterThanOrEqual(5);
    for (const p of pieces) expect(p.chars).toBeLessThanOrEqual(10_000);
    expect(pieces.reduce((n, p) => n + p.content.length, 0)).toBeGreaterThanOrEqual(long.length);
    expect(chunks[0]!.firstLine).toBe(1);
    expect(chunks.at(-1)!.lastLine).toBe(3);
  });

  it('a chunk that starts inside a run of repeats counts the repeated line it shows again', () => {
    const content = `${code(100)}${'// same\n'.repeat(5000)}${code(100)}`;
    for (const c of chunkContent(content, 3_000))
      expect(numberedChars(c.content, c.firstLine)).toBeLessThanOrEqual(3_000);
  });
});

const f = (over: Partial<Finding>): Finding => ({
  severity: 'high',
  category: 'security',
  title: 'SQL injection',
  cwe: 'CWE-89',
  explanation: 'e',
  fix: 'f',
  startLine: 10,
  endLine: 12,
  confidence: 'high',
  ...over,
});

describe('mergeChunkFindings', () => {
  it('keeps once a finding two overlapping chunks both report, at the higher severity', () => {
    const merged = mergeChunkFindings([
      [f({ severity: 'medium' })],
      [f({ startLine: 11, endLine: 11, severity: 'critical' })],
    ]);
    expect(merged).toEqual([f({ startLine: 11, endLine: 11, severity: 'critical' })]);
  });

  it('matches by title when the CWE differs or is missing', () => {
    expect(
      mergeChunkFindings([[f({ cwe: undefined })], [f({ cwe: 'CWE-564', title: 'SQL  Injection!' })]]),
    ).toHaveLength(1);
  });

  it('keeps findings apart when their lines do not meet, or they name different issues', () => {
    expect(mergeChunkFindings([[f({})], [f({ startLine: 13, endLine: 14 })]])).toHaveLength(2);
    expect(mergeChunkFindings([[f({})], [f({ cwe: 'CWE-79', title: 'XSS' })]])).toHaveLength(2);
  });

  it('never merges two findings of the same chunk', () => {
    expect(mergeChunkFindings([[f({}), f({})], []])).toHaveLength(2);
  });
});
