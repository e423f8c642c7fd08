/**
 * Replay for the Bedrock stand-in: answers each request with recorded findings for the files it holds, so
 * that `ai-scanner eval` runs against a fixed, known set of answers. A recording names findings by the corpus
 * file they belong to (`cases/<case>/<path>`, or `cases/<case>/before|after/<path>`); a file in a request is
 * matched to a corpus file by its path in the scanned folder and by its lines, compared at the line numbers
 * the prompt shows, so a whole file, a part of one or a few regions of one all find their recording. Findings
 * outside the lines a request holds are left out of its answer, as a model that did not see them would.
 *
 * Use it through the stand-in's `answer` option: `startBedrock({ answer: replay.answer })`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ConverseCall, SentFile } from './bedrock.js';

export interface RecordedFinding {
  severity: string;
  category?: string;
  title: string;
  cwe?: string;
  explanation?: string;
  fix?: string;
  startLine: number;
  endLine: number;
  confidence: string;
  /** The exact text of a line in the range (the answer schema's evidence). */
  evidence?: string;
}

export interface Recording {
  description: string;
  answers: Record<string, RecordedFinding[]>;
}

interface CorpusFile {
  key: string;
  /** Lines as the prompt shows them: whitespace-only lines empty. */
  lines: string[];
}

export interface Replay {
  answer: (call: ConverseCall) => unknown;
  /** Files of requests that matched no corpus file, or more than one with different recordings. */
  unmatched: string[];
  /** Corpus files (keys) that some request held. */
  seen: Set<string>;
}

export function loadRecording(path: string): Recording {
  return JSON.parse(readFileSync(path, 'utf8')) as Recording;
}

export function replay(corpusDir: string, recording: Recording): Replay {
  const byPath = indexCorpus(corpusDir);
  for (const key of Object.keys(recording.answers))
    if (![...byPath.values()].some((files) => files.some((f) => f.key === key)))
      throw new Error(`the recording names ${key}, which is not a file of the corpus`);
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const answer = (call: ConverseCall) => ({
    findings: call.files.flatMap((sent) => {
      const found = (byPath.get(sent.path) ?? []).filter((f) => holds(f, sent));
      const answers = new Set(found.map((f) => JSON.stringify(recording.answers[f.key] ?? [])));
      if (found.length === 0 || answers.size > 1) {
        unmatched.push(`${sent.path} (${found.length} corpus files match)`);
        return [];
      }
      seen.add(found[0]!.key);
      const shown = new Set(sent.numbers);
      return (recording.answers[found[0]!.key] ?? [])
        .filter((f) =>
          Array.from({ length: f.endLine - f.startLine + 1 }, (_, i) => f.startLine + i).some((n) =>
            shown.has(n),
          ),
        )
        .map((f) => ({
          category: 'security',
          explanation: `Recorded answer for ${found[0]!.key}.`,
          fix: 'See the explanation.',
          ...f,
          path: sent.path,
        }));
    }),
  });
  return { answer, unmatched, seen };
}

/** Whether every line the request shows is the corpus file's line at that number. */
function holds(file: CorpusFile, sent: SentFile): boolean {
  return sent.numbers.every((n, i) => file.lines[n - 1] === sent.lines[i]);
}

/** Every corpus file by its path in the folder eval scans: without `cases/<case>/` and `before/`/`after/`. */
function indexCorpus(corpusDir: string): Map<string, CorpusFile[]> {
  const byPath = new Map<string, CorpusFile[]>();
  const entries = readdirSync(join(corpusDir, 'cases'), { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile() || e.name === 'expected.json') continue;
    const key = relative(corpusDir, join(e.parentPath, e.name)).split(sep).join('/');
    const path = key
      .split('/')
      .slice(2)
      .join('/')
      .replace(/^(before|after)\//, '');
    const text = readFileSync(join(corpusDir, key), 'utf8');
    const lines = text.split(/\r?\n/);
    if (lines.length > 1 && lines.at(-1) === '') lines.pop();
    const file = { key, lines: lines.map((l) => (/^\s*$/.test(l) ? '' : l)) };
    byPath.set(path, [...(byPath.get(path) ?? []), file]);
  }
  return byPath;
}
