/**
 * The verify-findings pass in the Bedrock stand-in. A verification request is known by its tool
 * (`report_verdicts`); it frames one file as a review request does, then the findings as JSON lines between
 * `===== FINDINGS <marker> =====` and `===== END FINDINGS <marker> =====`. The stand-in rejects a finding whose
 * evidence, or whose line in the file, holds `VERIFY-REJECT`, and confirms every other one. It can be told to
 * fail verification calls: `refuse` answers HTTP 400 (a request that cannot succeed: no retry), `invalid` answers
 * with something that is not a list of verdicts.
 */
import type { SentFile } from './bedrock.js';

export interface VerifyStandInOptions {
  fail?: 'refuse' | 'invalid';
}

export const VERIFY_TOOL = 'report_verdicts';

interface AskedFinding {
  id: string;
  startLine: number;
  evidence?: string;
  title?: string;
}

/** Whether a Converse body is a verification request. */
export function isVerifyRequest(body: Record<string, unknown>): boolean {
  const tools = (body.toolConfig as { tools?: { toolSpec?: { name?: string } }[] } | undefined)?.tools;
  return tools?.[0]?.toolSpec?.name === VERIFY_TOOL || /^===== FINDINGS \S+ =====$/m.test(promptOf(body));
}

/** The findings a verification prompt asks about. */
export function askedFindings(prompt: string): AskedFinding[] {
  const m = /^===== FINDINGS (\S+) =====$/m.exec(prompt);
  if (!m) return [];
  const end = prompt.indexOf(`===== END FINDINGS ${m[1]} =====`);
  return prompt
    .slice(m.index + m[0].length, end)
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as AskedFinding);
}

/** The verdicts, as the model would give them through the tool. */
export function verifyAnswer(prompt: string, files: readonly SentFile[]): unknown {
  const file = files[0];
  return {
    verdicts: askedFindings(prompt).map((f) => {
      const line = file?.lines[file.numbers.indexOf(f.startLine)] ?? '';
      const reject = `${f.evidence ?? ''}\n${line}`.includes('VERIFY-REJECT');
      return reject
        ? {
            id: f.id,
            verdict: 'reject',
            reason: `The stand-in rejects line ${f.startLine}: it is not exploitable.`,
          }
        : { id: f.id, verdict: 'confirm', reason: `Line ${f.startLine} shows the issue.` };
    }),
  };
}

/** A failure the stand-in was told to give: a status and error body, or an answer that is not verdicts. */
export function verifyFailure(
  options: VerifyStandInOptions | undefined,
): { status: number; type: string; message: string } | { answer: unknown } | undefined {
  if (options?.fail === 'refuse')
    return { status: 400, type: 'ValidationException', message: 'The stand-in refuses verification calls.' };
  if (options?.fail === 'invalid') return { answer: { verdicts: 'all good, trust me' } };
  return undefined;
}

function promptOf(body: Record<string, unknown>): string {
  const messages = body.messages as { content?: { text?: string }[] }[] | undefined;
  return (messages?.[0]?.content ?? []).map((c) => c.text ?? '').join('\n');
}
