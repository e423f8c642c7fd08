import { z } from 'zod';
import { addUsage, costUsd, NO_USAGE, type Usage } from '../cost/cost.js';
import type { Price } from '../cost/pricing.js';
import { answerJsonSchema, extractJson, validateAnswer, type Finding } from '../scanner/findings.js';
import { addDrops, NO_DROPS, someDrops, verifyEvidence, type EvidenceDrops } from '../findings/evidence.js';
import type { ModelCapabilities } from '../scanner/capabilities.js';
import { TOOL_NAME, userPrompt } from '../scanner/prompt.js';
import { pack, type MissFile } from '../scanner/scan-files.js';
import { clip, oneLine } from '../text.js';
import { errorMessage } from '../errors.js';
import type { BatchRecordFiles } from './batch-job-record.js';

/** Bedrock refuses a batch job of fewer records than this. */
export const BATCH_MIN_RECORDS = 100;

/** One line of the job's input: Bedrock's record shape, the body an InvokeModel call would send. */
export interface InputRecord {
  recordId: string;
  modelInput: Record<string, unknown>;
}

/** What a record's answer gave each file it held, by content hash; or why it could not be used. */
export interface FileResult {
  findings: Finding[];
  usage: Usage;
  usd: number | undefined;
  /** The answer's findings for this file dropped for their evidence; absent when none was. */
  dropped?: EvidenceDrops;
}

export interface Collected {
  results: Map<string, FileResult>;
  /** Why a file's record gave no usable answer, by content hash: such a file goes back to live calls. */
  failed: Map<string, string>;
  usage: Usage;
  usd: number | undefined;
  /** Findings dropped because their evidence is not in the file they name (as for live answers). */
  dropped: EvidenceDrops;
}

/** Record ids are 11 letters and digits, as Bedrock's own are: unique within a job. */
function recordId(index: number): string {
  return `R${String(index).padStart(10, '0')}`;
}

/**
 * The Anthropic Messages body an InvokeModel call of the same request would carry: the live calls' system
 * prompt, user prompt (with its random marker) and forced report_findings tool, so a batch answer is the
 * answer a live call would give.
 */
export function anthropicBody(
  system: string,
  files: MissFile[],
  caps: ModelCapabilities,
): Record<string, unknown> {
  return {
    anthropic_version: 'bedrock-2023-05-31',
    max_tokens: caps.maxOutputTokens,
    ...(caps.temperature ? { temperature: 0 } : {}),
    system,
    messages: [
      {
        role: 'user',
        content: [{ type: 'text', text: userPrompt(files.map(({ path, content }) => ({ path, content }))) }],
      },
    ],
    tools: [
      {
        name: TOOL_NAME,
        description: 'Report the security and compliance findings for the files under review.',
        input_schema: answerJsonSchema(),
      },
    ],
    tool_choice: { type: 'tool', name: TOOL_NAME },
  };
}

/**
 * The job's records: identical contents once, small files packed as live calls pack them. Each record id maps
 * to the files it holds (path, line count, content hash), which is all a later run needs to check its answer.
 */
export function buildRecords(
  files: readonly MissFile[],
  body: (files: MissFile[]) => Record<string, unknown>,
  limits: { packChars: number; packFiles: number },
): { records: InputRecord[]; index: Record<string, BatchRecordFiles>; groups: MissFile[][] } {
  const unique = [...new Map(files.map((f) => [f.sha256, f])).values()];
  const records: InputRecord[] = [];
  const index: Record<string, BatchRecordFiles> = {};
  const groups = pack(unique, limits.packChars, limits.packFiles);
  for (const group of groups) {
    const id = recordId(records.length + 1);
    records.push({ recordId: id, modelInput: body(group) });
    index[id] = group.map((f) => ({ path: f.path, sha256: f.sha256, lines: f.lines }));
  }
  return { records, index, groups };
}

const OutputLineSchema = z.object({
  recordId: z.string().max(64),
  modelOutput: z.unknown().optional(),
  error: z
    .object({ errorCode: z.union([z.number(), z.string()]).optional(), errorMessage: z.string().optional() })
    .passthrough()
    .optional(),
});

/** The Anthropic Messages response body, as much of it as is read. */
const MessagesOutputSchema = z.object({
  content: z.array(
    z
      .object({
        type: z.string(),
        name: z.string().optional(),
        input: z.unknown().optional(),
        text: z.string().optional(),
      })
      .passthrough(),
  ),
  stop_reason: z.string().nullable().optional(),
  usage: z
    .object({
      input_tokens: z.number().nonnegative().optional(),
      output_tokens: z.number().nonnegative().optional(),
      cache_read_input_tokens: z.number().nonnegative().nullable().optional(),
      cache_creation_input_tokens: z.number().nonnegative().nullable().optional(),
    })
    .optional(),
});

/** A record's answer and the tokens it was billed for; throws with a reason when the answer is unusable. */
function readModelOutput(output: unknown): { answer: unknown; usage: Usage } {
  const parsed = MessagesOutputSchema.safeParse(output);
  if (!parsed.success) throw new Error('the record holds no Messages answer');
  const { content, stop_reason: stop, usage: u } = parsed.data;
  const usage: Usage = {
    inputTokens: u?.input_tokens ?? 0,
    outputTokens: u?.output_tokens ?? 0,
    cacheReadTokens: u?.cache_read_input_tokens ?? 0,
    cacheWriteTokens: u?.cache_creation_input_tokens ?? 0,
  };
  if (stop === 'max_tokens') throw new RecordError('the answer was cut off at the output token limit', usage);
  const tool = content.find((c) => c.type === 'tool_use' && c.name === TOOL_NAME);
  if (tool) return { answer: tool.input, usage };
  try {
    return { answer: extractJson(content.map((c) => c.text ?? '').join('\n')), usage };
  } catch {
    throw new RecordError('the model answered without the report_findings tool or JSON findings', usage);
  }
}

class RecordError extends Error {
  constructor(
    message: string,
    readonly usage: Usage,
  ) {
    super(message);
  }
}

/**
 * Reads a job's output lines (in any order) against the records it was given. Every answer is untrusted and
 * checked as a live one is: the findings schema, only the files the record held, lines within each file. A
 * record that failed, is missing, is repeated, or does not validate leaves its files in `failed`.
 */
export function collectOutput(
  lines: Iterable<string>,
  index: Readonly<Record<string, BatchRecordFiles>>,
  price: Price | undefined,
  contents: ReadonlyMap<string, string>,
): Collected {
  const out: Collected = {
    results: new Map(),
    failed: new Map(),
    usage: NO_USAGE,
    usd: price ? 0 : undefined,
    dropped: NO_DROPS,
  };
  const answered = new Map<string, unknown>();
  const repeated = new Set<string>();
  for (const line of lines) {
    if (!line.trim()) continue;
    let parsed;
    try {
      parsed = OutputLineSchema.safeParse(JSON.parse(line));
    } catch {
      continue; // a line that is not JSON names no record: its record is reported missing below
    }
    if (!parsed.success || !Object.hasOwn(index, parsed.data.recordId)) continue;
    const id = parsed.data.recordId;
    if (answered.has(id)) repeated.add(id);
    answered.set(id, parsed.data.error ? { error: parsed.data.error } : { output: parsed.data.modelOutput });
  }
  for (const [id, files] of Object.entries(index)) {
    const line = answered.get(id) as
      { error?: { errorMessage?: string; errorCode?: number | string }; output?: unknown } | undefined;
    const fail = (why: string) =>
      files.forEach((f) => out.failed.set(f.sha256, `batch record ${id}: ${why}`));
    if (!line) fail('no answer in the job output');
    else if (repeated.has(id)) fail('answered more than once in the job output');
    else if (line.error)
      fail(
        `failed in the batch job (${clip(oneLine(`${String(line.error.errorCode ?? '')} ${line.error.errorMessage ?? ''}`.trim()), 200)})`,
      );
    else accept(out, files, line.output, { price, contents }, fail);
  }
  return out;
}

function accept(
  out: Collected,
  files: BatchRecordFiles,
  output: unknown,
  { price, contents }: { price: Price | undefined; contents: ReadonlyMap<string, string> },
  fail: (why: string) => void,
): void {
  let answer: { answer: unknown; usage: Usage };
  try {
    answer = readModelOutput(output);
  } catch (e) {
    if (e instanceof RecordError) account(out, e.usage, price);
    return fail(errorMessage(e));
  }
  account(out, answer.usage, price);
  let byPath: Map<string, Finding[]>;
  try {
    byPath = validateAnswer(answer.answer, new Map(files.map((f) => [f.path, f.lines])));
  } catch (e) {
    return fail(`the model's answer was unusable: ${errorMessage(e)}`);
  }
  // The record's text is not kept in the job: a file is checked against this run's content of it, and one this
  // run does not hold cannot have its evidence checked, so its answer is not used (fail closed).
  if (files.some((f) => !contents.has(f.sha256)))
    return fail('its content is not in this run, so the evidence of its findings cannot be checked');
  const sent = new Map(files.map((f) => [f.path, { content: contents.get(f.sha256)!, firstLine: 1 }]));
  const verified = verifyEvidence(byPath, sent);
  out.dropped = addDrops(out.dropped, verified.drops);
  byPath = verified.kept;
  // Each file's share of the record's tokens and cost, by its number of lines (its content is not kept).
  const total = files.reduce((n, f) => n + Math.max(1, f.lines), 0);
  const usd = costUsd(answer.usage, price);
  for (const f of files) {
    const part = Math.max(1, f.lines) / total;
    const dropped = someDrops(verified.dropsByPath.get(f.path));
    out.results.set(f.sha256, {
      findings: byPath.get(f.path) ?? [],
      usage: scaleUsage(answer.usage, part),
      usd: usd === undefined ? undefined : usd * part,
      ...(dropped ? { dropped } : {}),
    });
  }
}

function account(out: Collected, usage: Usage, price: Price | undefined): void {
  out.usage = addUsage(out.usage, usage);
  if (out.usd !== undefined) out.usd += costUsd(usage, price) ?? 0;
}

function scaleUsage(u: Usage, part: number): Usage {
  return {
    inputTokens: Math.round(u.inputTokens * part),
    outputTokens: Math.round(u.outputTokens * part),
    cacheReadTokens: Math.round(u.cacheReadTokens * part),
    cacheWriteTokens: Math.round(u.cacheWriteTokens * part),
  };
}
