import { z } from 'zod';
import { SEVERITIES } from '../config/config.js';

/** The longest evidence line kept (a minified line is cut; the check compares what is kept). */
const EVIDENCE_MAX = 1000;

/**
 * A finding as cached and reported. The compliance framework a finding belongs to is not the model's to say:
 * the report derives it from the CWE (src/compliance/cwe-table.ts); `framework` is only read from caches
 * written before that, and never shown. `evidence` is the line the model quoted, verified against the file
 * (src/findings/evidence.ts); `by: 'scanner'` marks a finding the scanner made itself, not the model
 * (a redacted secret, a credential file, a steering attempt): it has no evidence to verify, and no
 * exclusion rule applies to it.
 */
export const FindingSchema = z.object({
  path: z.string().min(1).max(1024),
  severity: z.enum(SEVERITIES),
  category: z.enum(['security', 'compliance']),
  title: z.string().min(1).max(300),
  cwe: z
    .string()
    .regex(/^CWE-\d{1,5}$/)
    .optional()
    .describe('the CWE id, such as CWE-89'),
  framework: z.string().max(60).optional(),
  explanation: z.string().max(4000).describe('why this is a problem, in one or two sentences'),
  fix: z.string().max(4000).describe('how to fix it'),
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
  confidence: z.enum(['high', 'medium', 'low']),
  evidence: z.string().max(EVIDENCE_MAX).optional(),
  by: z.literal('scanner').optional(),
});

/** What the model must answer for one issue: no framework, no `by`, and the evidence line required. */
const ModelFindingSchema = FindingSchema.omit({ framework: true, by: true }).extend({
  evidence: z
    .string()
    .min(1)
    .max(EVIDENCE_MAX)
    .describe(
      'the exact text of one line of the file inside startLine-endLine that shows the issue, copied without its line number',
    ),
});
type PathFinding = z.infer<typeof FindingSchema>;

const AnswerSchema = z.object({
  findings: z.array(ModelFindingSchema).max(200),
});

/** A finding as cached: tied to the content (lines of that content), not to a path. */
export type Finding = Omit<PathFinding, 'path'>;

/** A finding in a report: a cached or fresh finding placed at a path. */
export type LocatedFinding = Finding & { path: string };

/** The JSON schema the model must fill through the forced tool call. */
export function answerJsonSchema(): Record<string, unknown> {
  if (!jsonSchema) {
    jsonSchema = z.toJSONSchema(AnswerSchema, { target: 'draft-7' });
    delete jsonSchema.$schema;
  }
  return jsonSchema;
}
let jsonSchema: Record<string, unknown> | undefined;

export class AnswerError extends Error {
  override name = 'AnswerError';
}

/** The lines of a file that a request held: the whole file (1 to its line count) or one chunk of it. */
export interface LineRange {
  first: number;
  last: number;
}

/**
 * Validates an answer against the files that were sent: a finding for a path we did not send makes the
 * whole answer untrustworthy (the scanned code may have steered the model), so it is rejected.
 * Line numbers are clamped to the lines sent: a file's line count, or a chunk's range (its lines carry the
 * file's own numbers, so a finding in a chunk is already at the file's line).
 */
export function validateAnswer(
  answer: unknown,
  files: ReadonlyMap<string, number | LineRange>,
): Map<string, Finding[]> {
  const parsed = AnswerSchema.safeParse(answer);
  if (!parsed.success)
    throw new AnswerError(`the answer does not match the findings schema: ${summarize(parsed.error)}`);
  const byPath = new Map<string, Finding[]>([...files.keys()].map((p) => [p, []]));
  for (const { path, ...finding } of parsed.data.findings) {
    const sent = files.get(path);
    if (sent === undefined)
      throw new AnswerError(
        `the answer names a file that was not sent: ${JSON.stringify(path.slice(0, 200))}`,
      );
    const { first, last } = typeof sent === 'number' ? { first: 1, last: sent } : sent;
    const clamp = (line: number) => Math.min(Math.max(line, first), last);
    const startLine = clamp(finding.startLine);
    const endLine = Math.max(clamp(finding.endLine), startLine);
    byPath.get(path)!.push({ ...finding, startLine, endLine });
  }
  return byPath;
}

function summarize(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * Finds the JSON findings in free text (for models that answer in text instead of the tool): fenced blocks first,
 * then each balanced {...} in the text; an object with `key` (`findings`) is preferred over any other JSON value.
 */
export function extractJson(text: string, key = 'findings'): unknown {
  let fallback: { value: unknown } | undefined;
  for (const candidate of candidates(text)) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch {
      continue;
    }
    if (value !== null && typeof value === 'object' && key in value) return value;
    fallback ??= { value };
  }
  if (fallback) return fallback.value;
  throw new AnswerError(`the answer holds no JSON ${key}`);
}

function* candidates(text: string): Generator<string> {
  for (const m of text.matchAll(/```[\w-]*[ \t]*\r?\n?([\s\S]*?)```/g)) yield m[1]!;
  yield* balancedObjects(text);
}

/** Each substring from a `{` to its matching `}` (braces inside JSON strings ignored), in order of start. */
function* balancedObjects(text: string): Generator<string> {
  for (let start = text.indexOf('{'); start !== -1; start = text.indexOf('{', start + 1)) {
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) {
        yield text.slice(start, i + 1);
        break;
      }
    }
  }
}
