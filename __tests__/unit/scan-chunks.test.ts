import { describe, it, expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { addUsage, NO_USAGE } from '../../src/cost/cost.js';
import { chunkContent } from '../../src/scanner/chunks.js';
import { ModelError } from '../../src/scanner/model-client.js';
import type { PromptFile } from '../../src/scanner/prompt.js';
import {
  chunkCharsFor,
  MIN_CHUNK_CHARS,
  scanFiles,
  type MissFile,
  type ScanOptions,
} from '../../src/scanner/scan-files.js';
import { FakeModel, finding, recordingSleep, usageFor } from './fakes.js';

function file(path: string, content: string): MissFile {
  return {
    path,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
    lines: content.split('\n').length - 1 || 1,
  };
}

/** A module of `count` distinct lines with `eval(input)` on line `evalLine`. */
function module(count: number, evalLine: number): string {
  return (
    Array.from({ length: count }, (_, i) =>
      i + 1 === evalLine ? 'eval(input);' : `export const v${i} = lookup(${i}, 'k${i % 7}');`,
    ).join('\n') + '\n'
  );
}

/** Reports `eval` where the request shows it, at the line number the request gives it, as a model does. */
const evalFindings = (files: readonly PromptFile[]) =>
  files.flatMap((f) =>
    f.content
      .split('\n')
      .flatMap((line, i) =>
        line.includes('eval(') ? [finding(f.path, 'high', (f.part?.firstLine ?? 1) + i)] : [],
      ),
  );

const TOO_LONG = 'ValidationException: Input is too long for requested model.';

function options(client: FakeModel, overrides: Partial<ScanOptions> = {}): ScanOptions {
  return {
    client,
    price: { input: 3, output: 15 },
    maxConcurrency: 4,
    maxCostUsd: undefined,
    packChars: 12_000,
    packFiles: 8,
    overheadTokens: 1000,
    chunkChars: 20_000,
    sleep: recordingSleep().sleep,
    log: () => {},
    ...overrides,
  };
}

describe('scanFiles on a file too large for one request', () => {
  it('sends it in overlapping chunks with the file numbers, and maps the finding to its real line', async () => {
    const big = file('src/big.ts', module(3000, 2950));
    const small = file('src/small.ts', 'export const a = 1;\n');
    const sent: PromptFile[][] = [];
    const model = new FakeModel((files) => {
      sent.push([...files]);
      return { answer: { findings: evalFindings(files) }, usage: usageFor(files), stopReason: 'tool_use' };
    });
    const out = await scanFiles([big, small], options(model));
    const chunks = sent.filter((r) => r.some((f) => f.part));
    expect(chunks.length).toBeGreaterThan(3);
    for (const request of chunks) expect(request).toHaveLength(1);
    const parts = chunks.map((r) => r[0]!.part!).sort((a, b) => a.firstLine - b.firstLine);
    expect(parts[0]!.firstLine).toBe(1);
    expect(parts.at(-1)!.lastLine).toBe(3000);
    for (const p of parts) expect(p).toMatchObject({ totalLines: 3000, count: parts.length });
    expect(out.failed.size).toBe(0);
    expect(out.results.get(big.sha256)!.findings.map((x) => x.startLine)).toEqual([2950]);
    expect(out.results.get(small.sha256)!.findings).toEqual([]);
  });

  it('adds the tokens and the cost of all chunks into the file result', async () => {
    const big = file('src/big.ts', module(3000, 10));
    let usage = NO_USAGE;
    const model = new FakeModel((files) => {
      usage = addUsage(usage, usageFor(files));
      return { answer: { findings: [] }, usage: usageFor(files), stopReason: 'tool_use' };
    });
    const out = await scanFiles([big], options(model));
    const result = out.results.get(big.sha256)!;
    expect(model.calls.length).toBeGreaterThan(3);
    expect(result.usage).toEqual(usage);
    expect(result.usd).toBeCloseTo(out.usd!, 6);
  });

  it('reports once a finding that two overlapping chunks both saw', async () => {
    const big = file('src/big.ts', module(3000, 0));
    // The first chunk's last line is also in the second chunk.
    const shared = chunkContent(big.content, 20_000)[0]!.lastLine;
    let seen = 0;
    const model = new FakeModel((files) => {
      const p = files[0]!.part!;
      const here = p.firstLine <= shared && shared <= p.lastLine;
      if (here) seen++;
      const findings = here ? [finding(files[0]!.path, 'high', shared, 'Hard-coded key')] : [];
      return { answer: { findings }, usage: usageFor(files), stopReason: 'tool_use' };
    });
    const out = await scanFiles([big], options(model));
    expect(seen).toBe(2);
    expect(out.results.get(big.sha256)!.findings.map((x) => [x.startLine, x.title])).toEqual([
      [shared, 'Hard-coded key'],
    ]);
  });

  it('leaves the whole file not scanned when one chunk fails, and names the chunk', async () => {
    const big = file('src/big.ts', module(3000, 10));
    const other = file('src/other.ts', 'eval(input);\n');
    const model = new FakeModel((files) => {
      if (files.some((f) => f.part && f.part.firstLine > 1500 && f.part.firstLine < 2500))
        throw new ModelError('the answer was cut off at the output token limit', 'request');
      return { answer: { findings: evalFindings(files) }, usage: usageFor(files), stopReason: 'tool_use' };
    });
    const out = await scanFiles([big, other], options(model));
    expect(out.results.has(big.sha256)).toBe(false);
    expect(out.failed.get(big.sha256)).toMatch(
      /^chunk \d+ of \d+ \(lines \d+-\d+\): the model's answer was unusable/,
    );
    expect(out.results.get(other.sha256)!.findings).toHaveLength(1);
  });

  it('splits a request the model finds too long into smaller chunks until they fit', async () => {
    const big = file('src/big.ts', module(3000, 2990));
    const sizes: number[] = [];
    const model = new FakeModel((files) => {
      const chars = files.reduce((n, f) => n + f.content.length, 0);
      sizes.push(chars);
      if (chars > 12_000) throw new ModelError(TOO_LONG, 'request');
      return { answer: { findings: evalFindings(files) }, usage: usageFor(files), stopReason: 'tool_use' };
    });
    // The action thinks the whole file fits one request (a model with a smaller context than it knows).
    const out = await scanFiles([big], options(model, { chunkChars: 10_000_000 }));
    expect(sizes[0]).toBe(big.content.length);
    expect(out.failed.size).toBe(0);
    expect(out.results.get(big.sha256)!.findings.map((x) => x.startLine)).toEqual([2990]);
  });

  it('sends a file again in smaller chunks when its answer is cut off at the output limit', async () => {
    const big = file('src/big.ts', module(1000, 990));
    const model = new FakeModel((files) => {
      if (files[0]!.content.length > 10_000)
        throw new ModelError('the answer was cut off at the output token limit', 'request');
      return { answer: { findings: evalFindings(files) }, usage: usageFor(files), stopReason: 'tool_use' };
    });
    const out = await scanFiles([big], options(model));
    expect(model.calls.length).toBeGreaterThan(3);
    expect(out.failed.size).toBe(0);
    expect(out.results.get(big.sha256)!.findings.map((x) => x.startLine)).toEqual([990]);
  });

  it('gives up below the smallest chunk, with the reason, after a bounded number of calls', async () => {
    const big = file('src/big.ts', module(3000, 5));
    const model = new FakeModel(() => {
      throw new ModelError(TOO_LONG, 'request');
    });
    const out = await scanFiles([big], options(model, { chunkChars: 10_000_000 }));
    expect(out.results.size).toBe(0);
    expect(out.failed.get(big.sha256)).toMatch(/too large for the model even in small chunks/);
    expect(model.calls.length).toBeLessThan(Math.ceil((2 * big.content.length) / MIN_CHUNK_CHARS) * 2);
  });

  it('does not send the rest of a file once one of its chunks failed', async () => {
    const big = file('src/big.ts', module(6000, 5));
    const model = new FakeModel(() => {
      throw new ModelError('the model answered without the report_findings tool or JSON findings', 'request');
    });
    const out = await scanFiles([big], options(model, { maxConcurrency: 1 }));
    expect(out.failed.has(big.sha256)).toBe(true);
    expect(model.calls.length).toBeLessThanOrEqual(2);
  });
});

describe('chunkCharsFor', () => {
  it('leaves room for the answer and the system prompt, counting tokens conservatively', () => {
    expect(chunkCharsFor(200_000, 8192, 3000)).toBe((200_000 - 8192 - 3000 - 1000) * 2);
    // A 256 KB file of code fits one request of a 200k-token model.
    expect(chunkCharsFor(200_000, 8192, 3000)).toBeGreaterThan(300 * 1024);
    expect(chunkCharsFor(1000, 4096, 3000)).toBe(MIN_CHUNK_CHARS);
  });
});
