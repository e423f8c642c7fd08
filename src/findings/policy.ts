/**
 * Which findings a report shows: the model's findings at or above `min-confidence`, less the classes of finding
 * that are noise in practice (the hard exclusions, listed in docs/findings.md). Applied when reporting, never
 * when caching: the cache keeps every verified finding, so changing the threshold needs no model call. Findings
 * the scanner made itself (a committed secret, a credential file, a steering attempt) are not the model's
 * judgement: neither the threshold nor the exclusions apply to them.
 */
import type { LocatedFinding } from '../scanner/findings.js';

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface Exclusion {
  id: string;
  /** What it leaves out, for the docs and the report. */
  what: string;
  test: (f: LocatedFinding) => boolean;
}

const cweIn = (f: LocatedFinding, ...cwes: number[]) => cwes.some((n) => f.cwe === `CWE-${n}`);
const says = (f: LocatedFinding, pattern: RegExp) => pattern.test(f.title) || pattern.test(f.explanation);
const minor = (f: LocatedFinding) => f.severity === 'medium' || f.severity === 'low';

/** Files in languages that manage memory themselves: a buffer overflow reported there is a misreading. */
const MEMORY_UNSAFE = /\.(c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|zig|s|asm|pyx|pxd)$/i;
const TEST_PATH =
  /(^|\/)(tests?|__tests__|spec|specs|fixtures?|testdata|test-data|__mocks__|mocks?)\/|[._-](test|spec)\.[a-z0-9]+$|_test\.(go|py|rb)$|(^|\/)test_[^/]+\.py$/i;
const DOCS_PATH = /\.(md|markdown|mdx|rst|adoc|txt)$/i;

export const EXCLUSIONS: readonly Exclusion[] = [
  {
    id: 'denial-of-service',
    what: 'Denial of service and resource exhaustion (CWE-400, 770, 674, 834, 1333 and the like) rated medium or low: without a trust boundary crossed they are rarely exploitable, and a high or critical one is still shown',
    test: (f) =>
      minor(f) &&
      (cweIn(f, 400, 399, 405, 674, 770, 789, 834, 835, 1050, 1333) ||
        says(f, /denial[- ]of[- ]service|\bre?dos\b|resource exhaustion|catastrophic backtracking/i)),
  },
  {
    id: 'rate-limiting',
    what: 'Missing rate limiting or throttling (CWE-799, 307 when it says rate limit): an operational control, not a flaw in the code under review',
    test: (f) => cweIn(f, 799) || says(f, /rate[- ]?limit|throttl/i),
  },
  {
    id: 'hardening',
    what: 'Low-severity hardening advice: missing security headers, compiler or runtime hardening flags',
    test: (f) =>
      f.severity === 'low' &&
      says(
        f,
        /security headers?|content-security-policy|\bcsp\b|x-frame-options|strict-transport-security|\bhsts\b|hardening|stack protector|\baslr\b|\bpie\b/i,
      ),
  },
  {
    id: 'memory-safety',
    what: 'Memory-safety findings (buffer overflows, use after free, out-of-bounds access) in files of memory-safe languages',
    test: (f) =>
      !MEMORY_UNSAFE.test(f.path) &&
      cweIn(f, 119, 120, 121, 122, 124, 125, 126, 127, 415, 416, 787, 788, 805),
  },
  {
    id: 'theoretical-race',
    what: 'Race conditions (CWE-362, 367) the model is not highly confident of: most are theoretical',
    test: (f) => f.confidence !== 'high' && cweIn(f, 362, 364, 366, 367),
  },
  {
    id: 'log-spoofing',
    what: 'Log injection and log forging (CWE-117): unsanitised text in a log line is rarely a vulnerability',
    test: (f) => cweIn(f, 117),
  },
  {
    id: 'test-credentials',
    what: "Credentials the model reports in test files and fixtures (the scanner's own secret detection still reports real keys there)",
    test: (f) => TEST_PATH.test(f.path) && cweIn(f, 259, 321, 798),
  },
  {
    id: 'documentation',
    what: 'Findings in documentation files (Markdown, reStructuredText, plain text): examples, not running code',
    test: (f) => DOCS_PATH.test(f.path),
  },
];

export interface Filtered {
  /** The model's findings below min-confidence. */
  belowConfidence: number;
  /** The model's findings each exclusion left out, by its id (only those that left something out). */
  excluded: Record<string, number>;
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** The findings to report, and how many of each kind were left out. */
export function applyPolicy(
  findings: readonly LocatedFinding[],
  minConfidence: Confidence,
): { shown: LocatedFinding[]; filtered: Filtered } {
  const filtered: Filtered = { belowConfidence: 0, excluded: {} };
  const shown: LocatedFinding[] = [];
  for (const f of findings) {
    if (f.by === 'scanner') {
      shown.push(f);
      continue;
    }
    const excluded = EXCLUSIONS.find((x) => x.test(f));
    if (excluded) filtered.excluded[excluded.id] = (filtered.excluded[excluded.id] ?? 0) + 1;
    else if (RANK[f.confidence] < RANK[minConfidence]) filtered.belowConfidence++;
    else shown.push(f);
  }
  return { shown, filtered };
}
