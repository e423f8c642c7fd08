import { createHash } from 'node:crypto';
import type { Severity } from '../config/config.js';
import { clip } from './escape.js';
import type { ReportFinding, ScanReport } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
/** GitHub code scanning reads security-severity as a CVSS-like score: >= 9 critical, >= 7 high, >= 4 medium. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
};

/** SARIF 2.1.0: one rule per CWE (or per title when there is none), fingerprints that survive line moves. */
export function renderSarif(r: ScanReport): object {
  const rules = new Map<string, ReportFinding>();
  for (const f of r.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
  const ruleIndex = new Map([...rules.keys()].map((id, i) => [id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: r.tool.version,
            informationUri: 'https://github.com/org/ai-scanner-action',
            rules: [...rules.values()].map((f) => ({
              id: f.ruleId,
              name: ruleName(f),
              shortDescription: { text: clip(f.cwe ? `${f.cwe}: ${f.title}` : f.title, 200) },
              fullDescription: { text: clip(f.explanation || f.title, 1000) },
              help: { text: clip(f.fix || f.explanation || f.title, 2000) },
              ...(f.cwe ? { helpUri: `https://cwe.mitre.org/data/definitions/${f.cwe.slice(4)}.html` } : {}),
              defaultConfiguration: { level: LEVEL[f.severity] },
              properties: {
                tags: ['security', f.category, ...(f.cwe ? [`external/cwe/${f.cwe.toLowerCase()}`] : [])],
                'security-severity': SECURITY_SEVERITY[f.severity],
                precision: f.confidence === 'high' ? 'high' : f.confidence === 'medium' ? 'medium' : 'low',
              },
            })),
          },
        },
        automationDetails: { id: `${r.name}/` },
        results: r.findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: ruleIndex.get(f.ruleId),
          level: LEVEL[f.severity],
          message: { text: clip(`${f.title}. ${f.explanation}${f.fix ? ` Fix: ${f.fix}` : ''}`, 2000) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: {
                  uri: f.path.split('/').map(encodeURIComponent).join('/'),
                  uriBaseId: '%SRCROOT%',
                },
                region: { startLine: f.startLine, endLine: Math.max(f.endLine, f.startLine) },
              },
            },
          ],
          partialFingerprints: { 'aiScannerFinding/v1': f.id },
          properties: {
            severity: f.severity,
            confidence: f.confidence,
            ...(f.framework ? { framework: f.framework } : {}),
          },
        })),
        invocations: [
          {
            executionSuccessful: !r.fatal,
            ...(r.notScanned.length
              ? {
                  toolExecutionNotifications: r.notScanned.slice(0, 100).map((n) => ({
                    level: 'warning',
                    message: { text: clip(`Not scanned: ${n.reason}`, 500) },
                    locations: [
                      {
                        physicalLocation: {
                          artifactLocation: {
                            uri: n.path.split('/').map(encodeURIComponent).join('/'),
                            uriBaseId: '%SRCROOT%',
                          },
                        },
                      },
                    ],
                  })),
                }
              : {}),
          },
        ],
      },
    ],
  };
}

function ruleName(f: ReportFinding): string {
  const words = f.title
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 6);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return name || `Finding${createHash('sha256').update(f.ruleId).digest('hex').slice(0, 6)}`;
}
