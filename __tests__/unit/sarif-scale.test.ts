/**
 * SARIF rule grouping is linear in the number of findings. A large pull-request cache object can hold hundreds of
 * thousands of findings of one rule; grouping that copied the rule's list for every finding did about n²/2
 * copies (200,000 findings: 2·10¹⁰, many minutes of CPU). Rendering them must take a few seconds of CPU (the
 * bound is generous: 30 s), with one rule per weakness and every result pointing at its rule.
 */
import { describe, it, expect } from '@jest/globals';
import { renderSarif } from '../../src/report/render/sarif.js';
import type { ReportFinding, ScanReport } from '../../src/report/report.js';
import { sampleReport, finding } from './report-fixtures.js';

const N = 200_000;
/** Built directly (ids and rule ids as toReportFindings sets them), so the test measures SARIF, not the fixture. */
function findings(): ReportFinding[] {
  const template = finding();
  return Array.from({ length: N }, (_, i) => {
    const cwe = i % 1000 === 0 ? 'CWE-79' : 'CWE-89';
    return {
      ...template,
      path: `pr/src/file${i}.py`,
      cwe,
      startLine: 1 + (i % 500),
      endLine: 1 + (i % 500),
      severity: i === N - 1 ? 'critical' : 'high',
      id: i.toString(16).padStart(16, '0'),
      ruleId: cwe,
      compliance: [],
    };
  });
}

interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; properties: Record<string, string> }[] } };
    results: { ruleId: string; ruleIndex: number }[];
  }[];
}

describe('SARIF at scale', () => {
  it(
    `groups ${N.toLocaleString('en-US')} findings into their rules in linear time`,
    () => {
      const report: ScanReport = { ...sampleReport([]), findings: findings() };
      // CPU time, not wall time: the work done, whatever else the machine is running.
      const before = process.cpuUsage();
      const run = (renderSarif(report) as Sarif).runs[0]!;
      const used = process.cpuUsage(before);
      const cpuSeconds = (used.user + used.system) / 1e6;
      expect(cpuSeconds).toBeLessThan(30);
      const rules = run.tool.driver.rules;
      expect(rules.map((r) => r.id)).toEqual(['CWE-79', 'CWE-89']);
      expect(run.results).toHaveLength(N);
      // Every result points at its own rule; the rule's severity is its worst result's (the last, critical).
      expect(run.results.every((r) => rules[r.ruleIndex]!.id === r.ruleId)).toBe(true);
      expect(run.results.filter((r) => r.ruleId === 'CWE-79')).toHaveLength(N / 1000);
      expect(rules[1]!.properties['security-severity']).toBe('9.5');
    },
    // Wall time on a busy machine can be many times the CPU time; the quadratic grouping needs minutes of CPU.
    180_000,
  );
});
