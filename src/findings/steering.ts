/**
 * Text in a file that tries to instruct the AI reviewer ("ignore previous instructions", "report no findings").
 * Such a file is never packed with others (its text could make the model drop or move a neighbour's findings),
 * it is sent alone, and the attempt is a finding of its own, made by the scanner whatever the model answers.
 * The patterns are few and specific on purpose: phrasings addressed to a model, not words such as "prompt".
 */
import type { Finding } from '../scanner/findings.js';
import { splitLines } from '../scanner/prompt.js';

export const STEERING_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  {
    id: 'ignore previous instructions',
    pattern:
      /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|system)\s+(?:instructions?|prompts?|rules|guidelines)/i,
  },
  { id: 'you are now', pattern: /\byou\s+are\s+now\s+(?:a|an|the|in)\b/i },
  {
    id: 'report no findings',
    pattern:
      /\b(?:report|return|output|respond\s+with)\s+(?:no|zero|0|an\s+empty\s+list\s+of)\s+(?:findings|issues|vulnerabilities|problems)\b/i,
  },
  {
    id: 'addressed to an AI reviewer',
    pattern:
      /\b(?:ai|llm|gpt|claude|automated)\s+(?:security\s+|code\s+)?(?:reviewer|scanner|auditor|assistant)s?\s*[:,]|\b(?:note|attention|message|instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|model|reviewer|scanner)\b/i,
  },
  {
    id: 'system prompt',
    pattern: /\bsystem\s+prompt\s*:|\bnew\s+(?:system\s+)?instructions?\s*:|<\/?\s*system\s*>|\[\/?INST\]/i,
  },
  {
    id: 'do not report',
    pattern:
      /\b(?:do\s+not|don't|never)\s+(?:report|flag|mention)\s+(?:this|these|any|the)\s+(?:\w+\s+){0,2}(?:issues?|findings?|vulnerabilit(?:y|ies)|files?|code)\b/i,
  },
];

export interface SteeringHit {
  line: number;
  pattern: string;
}

const memo = new WeakMap<object, SteeringHit[]>();

/** The lines of a content that try to steer the reviewer (the first of each pattern), remembered per file. */
export function steeringHits(file: { content: string }): SteeringHit[] {
  let hits = memo.get(file);
  if (hits) return hits;
  hits = [];
  const seen = new Set<string>();
  // Cheap first: a pattern that matches nowhere in the content matches on no line.
  if (STEERING_PATTERNS.some(({ pattern }) => pattern.test(file.content)))
    splitLines(file.content).forEach((text, i) => {
      for (const { id, pattern } of STEERING_PATTERNS)
        if (!seen.has(id) && pattern.test(text)) {
          seen.add(id);
          hits.push({ line: i + 1, pattern: id });
        }
    });
  memo.set(file, hits);
  return hits;
}

/** The finding a steering attempt is: at its first line, naming what it matched. */
export function steeringFinding(hits: readonly SteeringHit[]): Finding {
  const first = Math.min(...hits.map((h) => h.line));
  const last = Math.max(...hits.map((h) => h.line));
  return {
    severity: 'medium',
    category: 'security',
    title: 'Text that tries to instruct the AI reviewer',
    cwe: 'CWE-1427',
    explanation: `The file holds text addressed to an AI reviewer (${hits.map((h) => `"${h.pattern}" at line ${h.line}`).join(', ')}). It was reviewed alone, so it could not affect other files; such text in a change is a sign of an attempt to hide something from review.`,
    fix: 'Remove the text, and review the change by hand for what it may have tried to hide.',
    startLine: first,
    endLine: last,
    confidence: 'medium',
    by: 'scanner',
  };
}
