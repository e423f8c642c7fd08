/** Deterministic scan reports for the renderer and reporter tests. */
import type { Severity } from '../../src/config/config.js';
import { conclude, countBySeverity, toReportFindings, type ScanReport } from '../../src/report/report.js';
import type { LocatedFinding } from '../../src/scanner/findings.js';

export function finding(over: Partial<LocatedFinding> = {}): LocatedFinding {
  return {
    path: 'src/app.py',
    severity: 'high',
    category: 'security',
    title: 'SQL injection',
    cwe: 'CWE-89',
    explanation: 'User input is concatenated into a SQL statement.',
    fix: 'Use a parameterised query.',
    startLine: 12,
    endLine: 12,
    confidence: 'high',
    ...over,
  };
}

/** n findings cycling through the severities (or all of one severity), each in its own file. */
export function manyFindings(n: number, severity?: Severity, size = 0): LocatedFinding[] {
  const levels: Severity[] = ['critical', 'high', 'medium', 'low'];
  return Array.from({ length: n }, (_, i) =>
    finding({
      path: `src/pkg${String(i).padStart(4, '0')}/module.py`,
      severity: severity ?? levels[i % 4]!,
      title: `Issue number ${i}`,
      cwe: `CWE-${[89, 79, 22, 502][i % 4]}`,
      explanation: `Explanation ${i}. ${'x'.repeat(size)}`,
      fix: `Fix ${i}.`,
      startLine: i + 1,
      endLine: i + 2,
    }),
  );
}

export function sampleReport(
  findings: LocatedFinding[] = defaultFindings(),
  over: Partial<ScanReport> = {},
): ScanReport {
  const reportFindings = toReportFindings(findings);
  const base = {
    fatal: undefined,
    findings: reportFindings,
    failOnSeverity: 'high' as const,
    notScanned: [{ path: 'src/big file.py', reason: 'the model failed: ThrottlingException (3 attempts)' }],
    dryRun: false,
    counts: countBySeverity(reportFindings),
    cache: {
      backend: 's3',
      why: 'S3 bucket scanner-cache (the first backend in line)',
      scope: 'pull request #7: reads the repository object and its own, writes only its own',
      notes: [
        {
          location: 's3://scanner-cache/cache/octo/demo/scan-cache.json.gz',
          state: 'loaded' as const,
          entries: 40,
        },
      ],
      save: {
        state: 'saved' as const,
        location: 's3://scanner-cache/cache/octo/demo/pr/7.json.gz',
        attempts: 1,
      },
      hits: 46,
      misses: 4,
      hitRate: 92,
      forceRescan: false,
      expired: 0,
    },
    model: {
      id: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
      calls: 2,
      usage: { inputTokens: 3210, outputTokens: 456, cacheReadTokens: 1200, cacheWriteTokens: 0 },
      usd: 0.014,
      savedUsd: 0.161,
      throttled: 1,
      estimateUsd: 0.004,
    },
  };
  const { conclusion, title } = conclude(base, false);
  return {
    ...base,
    tool: { name: 'ai-scanner-action', version: '1.0.0' },
    name: 'AI security scan',
    startedAt: '2026-11-29T10:00:00.000Z',
    durationMs: 4200,
    event: 'pull_request',
    repository: 'octo/demo',
    serverUrl: 'https://github.com',
    sha: '0123456789abcdef0123456789abcdef01234567',
    pullRequest: 7,
    runUrl: 'https://github.com/octo/demo/actions/runs/4242',
    selection: { mode: 'changed', how: 'changed since 89abcdef', considered: 53, eligible: 50, deleted: 1 },
    skipped: [
      { path: 'package-lock.json', reason: 'lockfile' },
      { path: '.env', reason: 'secret' },
      { path: 'dist/index.js', reason: 'generated' },
    ],
    conclusion,
    title,
    history: [
      {
        at: '2026-11-27T10:00:00.000Z',
        event: 'push',
        hits: 0,
        misses: 50,
        calls: 9,
        usd: 0.175,
        savedUsd: 0,
      },
      {
        at: '2026-11-28T10:00:00.000Z',
        event: 'push',
        hits: 48,
        misses: 2,
        calls: 1,
        usd: 0.007,
        savedUsd: 0.168,
      },
      {
        at: '2026-11-29T10:00:00.000Z',
        event: 'pull_request',
        hits: 46,
        misses: 4,
        calls: 2,
        usd: 0.014,
        savedUsd: 0.161,
      },
    ],
    ...over,
  };
}

/** One finding of each severity, one hostile, one compliance finding without a CWE. */
export function defaultFindings(): LocatedFinding[] {
  return [
    finding(),
    finding({
      path: 'web/views/profile page.tsx',
      severity: 'critical',
      title: 'Stored XSS through <img src=x onerror=alert(1)>',
      cwe: 'CWE-79',
      explanation: 'Ping @org/team and see #123: [click me](https://evil.example) <script>alert(1)</script>',
      fix: 'Escape the output; never use dangerouslySetInnerHTML.',
      startLine: 40,
      endLine: 44,
      confidence: 'medium',
    }),
    finding({
      path: 'src/util/files.py',
      severity: 'medium',
      title: 'Path traversal',
      cwe: 'CWE-22',
      explanation: 'The file name comes from the request.',
      fix: 'Resolve the path and check it stays under the base folder.',
      startLine: 7,
      endLine: 9,
    }),
    finding({
      path: 'src/billing/card.py',
      severity: 'low',
      category: 'compliance',
      framework: 'pci-dss',
      cwe: undefined,
      title: 'Card number logged',
      explanation: 'The PAN is written to the debug log.',
      fix: '',
      startLine: 3,
      endLine: 3,
      confidence: 'low',
    }),
  ];
}
