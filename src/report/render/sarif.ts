import type { Severity } from '../../config/config.js';
import { pathUrl, sarifText } from '../escape.js';
import { SEVERITY_RANK, type ReportFinding, type ScanReport } from '../report.js';
import { tagId } from '../../compliance/cwe-table.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
/**
 * GitHub code scanning reads security-severity as a CVSS-like score (>= 9.0 critical, 7.0-8.9 high, 4.0-6.9
 * medium, 0.1-3.9 low): each severity maps to a score inside its CVSS v3 band, so code scanning sorts and
 * labels the alerts as the report does.
 */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};
const PRECISION = { high: 'high', medium: 'medium', low: 'low' } as const;

/** Names of the weaknesses the scanner reports most, for stable rule names and descriptions. */
const CWE_NAMES: Record<number, string> = {
  20: 'Improper Input Validation',
  22: 'Path Traversal',
  73: 'External Control of File Name or Path',
  77: 'Command Injection',
  78: 'OS Command Injection',
  79: 'Cross-site Scripting',
  89: 'SQL Injection',
  90: 'LDAP Injection',
  91: 'XML Injection',
  94: 'Code Injection',
  95: 'Eval Injection',
  113: 'HTTP Response Splitting',
  117: 'Log Injection',
  119: 'Memory Buffer Bounds Violation',
  125: 'Out-of-bounds Read',
  190: 'Integer Overflow',
  200: 'Exposure of Sensitive Information',
  209: 'Sensitive Information in Error Messages',
  256: 'Plaintext Storage of a Password',
  259: 'Hard-coded Password',
  269: 'Improper Privilege Management',
  284: 'Improper Access Control',
  287: 'Improper Authentication',
  295: 'Improper Certificate Validation',
  306: 'Missing Authentication for Critical Function',
  311: 'Missing Encryption of Sensitive Data',
  312: 'Cleartext Storage of Sensitive Information',
  319: 'Cleartext Transmission of Sensitive Information',
  321: 'Hard-coded Cryptographic Key',
  326: 'Inadequate Encryption Strength',
  327: 'Broken or Risky Cryptographic Algorithm',
  328: 'Weak Hash',
  330: 'Insufficiently Random Values',
  338: 'Weak Pseudo-Random Number Generator',
  347: 'Improper Verification of Cryptographic Signature',
  352: 'Cross-Site Request Forgery',
  362: 'Race Condition',
  367: 'Time-of-check Time-of-use Race Condition',
  384: 'Session Fixation',
  400: 'Uncontrolled Resource Consumption',
  416: 'Use After Free',
  434: 'Unrestricted File Upload',
  476: 'NULL Pointer Dereference',
  502: 'Deserialization of Untrusted Data',
  521: 'Weak Password Requirements',
  522: 'Insufficiently Protected Credentials',
  532: 'Sensitive Information in Log File',
  601: 'Open Redirect',
  611: 'XML External Entity Reference',
  613: 'Insufficient Session Expiration',
  614: 'Sensitive Cookie Without Secure Attribute',
  639: 'Authorization Bypass Through User-Controlled Key',
  643: 'XPath Injection',
  770: 'Allocation of Resources Without Limits',
  776: 'XML Entity Expansion',
  787: 'Out-of-bounds Write',
  798: 'Hard-coded Credentials',
  829: 'Inclusion of Functionality from Untrusted Control Sphere',
  862: 'Missing Authorization',
  863: 'Incorrect Authorization',
  915: 'Mass Assignment',
  917: 'Expression Language Injection',
  918: 'Server-Side Request Forgery',
  942: 'Permissive Cross-domain Policy',
  1004: 'Sensitive Cookie Without HttpOnly',
  1321: 'Prototype Pollution',
  1333: 'Regular Expression Denial of Service',
};

/**
 * SARIF 2.1.0 for code scanning: one rule per CWE (or per compliance framework) with stable metadata, the
 * rule's security-severity from its most severe result, results whose partialFingerprints survive line moves,
 * the tool's version, and the commit scanned. Model text is plain text with SARIF's embedded links escaped.
 */
export function renderSarif(r: ScanReport): object {
  const byRule = groupByRule(r.findings);
  const ruleIds = [...byRule.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: r.tool.name,
            version: r.tool.version,
            semanticVersion: r.tool.version,
            informationUri: 'https://github.com/org/ai-scanner-action',
            rules: ruleIds.map((id) => rule(id, byRule.get(id)!)),
          },
        },
        automationDetails: { id: `${r.name}/` },
        ...provenance(r),
        results: r.findings.map((f) => result(f, ruleIndex.get(f.ruleId))),
        invocations: [
          {
            executionSuccessful: !r.fatal,
            ...(r.fatal || r.notScanned.length ? { toolExecutionNotifications: notifications(r) } : {}),
          },
        ],
      },
    ],
  };
}

/** Grouped in one pass, each finding pushed onto its rule's list (copying the list per finding was quadratic). */
function groupByRule(findings: readonly ReportFinding[]): Map<string, ReportFinding[]> {
  const byRule = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const group = byRule.get(f.ruleId);
    if (group) group.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  return byRule;
}

/** The repository and commit scanned, when known. */
function provenance(r: ScanReport): object {
  if (!r.repository || !r.sha) return {};
  return {
    versionControlProvenance: [
      {
        repositoryUri: `${r.serverUrl}/${r.repository}`,
        revisionId: r.sha,
        mappedTo: { uriBaseId: '%SRCROOT%' },
      },
    ],
  };
}

function result(f: ReportFinding, ruleIndex: number | undefined): object {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: sarifText(`${f.title}. ${f.explanation}${f.fix ? ` Fix: ${f.fix}` : ''}`, 2000) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.startLine, endLine: Math.max(f.endLine, f.startLine) },
        },
      },
    ],
    partialFingerprints: { 'aiScannerFinding/v1': f.id },
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      category: f.category,
      tags: f.compliance.map(tagId),
    },
  };
}

function rule(id: string, findings: ReportFinding[]) {
  const worst = findings.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
  const best = findings.some((f) => f.confidence === 'high')
    ? 'high'
    : findings.some((f) => f.confidence === 'medium')
      ? 'medium'
      : 'low';
  const cwe = /^CWE-(\d+)$/.exec(id)?.[1];
  const about = cwe
    ? `CWE-${cwe}${CWE_NAMES[Number(cwe)] ? `: ${CWE_NAMES[Number(cwe)]}` : ''}`
    : id === 'compliance-other'
      ? 'Compliance issue without a CWE'
      : `Security issue without a CWE (${id})`;
  const name = cwe ? (CWE_NAMES[Number(cwe)] ?? `Cwe${cwe}`) : about;
  // The compliance controls of the rule's CWE (every result of a rule has the same CWE, so the same tags).
  const tags = [
    ...new Set([
      'security',
      worst.category,
      ...(cwe ? [`external/cwe/cwe-${cwe}`] : []),
      ...findings.flatMap((f) => f.compliance.map(tagId)),
    ]),
  ];
  return {
    id,
    name: pascal(name),
    shortDescription: { text: about },
    fullDescription: {
      text: `${about}, reported by the AI security scanner; each result explains the finding.`,
    },
    help: {
      text: `${about}. Each result says why the code is affected and how to fix it.${cwe ? ` See https://cwe.mitre.org/data/definitions/${cwe}.html.` : ''}`,
    },
    ...(cwe ? { helpUri: `https://cwe.mitre.org/data/definitions/${cwe}.html` } : {}),
    defaultConfiguration: { level: LEVEL[worst.severity] },
    properties: {
      tags,
      'security-severity': SECURITY_SEVERITY[worst.severity],
      precision: PRECISION[best],
      'problem.severity': LEVEL[worst.severity] === 'note' ? 'recommendation' : LEVEL[worst.severity],
    },
  };
}

function notifications(r: ScanReport) {
  return [
    ...(r.fatal
      ? [{ level: 'error', message: { text: sarifText(`The scan could not run: ${r.fatal}`, 1000) } }]
      : []),
    ...r.notScanned.slice(0, 100).map((n) => ({
      level: 'warning',
      message: { text: sarifText(`Not scanned: ${n.reason}`, 500) },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(n.path), uriBaseId: '%SRCROOT%' } } }],
    })),
  ];
}

/** A relative URI reference: each path segment percent-encoded (spaces, unicode, `#`, `?`, parentheses). */
function uri(path: string): string {
  return pathUrl(path);
}

/** "SQL Injection" -> "SqlInjection": the single Pascal-case identifier SARIF viewers expect. */
function pascal(text: string): string {
  const words = text
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return /^[A-Z]/.test(name) ? name : `Rule${name}`;
}
