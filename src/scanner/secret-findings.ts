/**
 * The findings that secrets are, made without the model and without their values: a secret found (and
 * redacted) inside a file that was sent, and a credential file that is never sent. Apart from the redaction so
 * that a warm run, which reports cached findings and skipped files, never loads the rule set.
 */
import type { Finding, LocatedFinding } from './findings.js';
import type { MissFile, ScanOutcome } from './scan-files.js';

export interface SecretHit {
  rule: string;
  startLine: number;
  endLine: number;
}

const RULE_TITLES: Record<string, string> = {
  'private-key': 'a private key',
  'private-key-base64': 'a base64-encoded private key',
  aws: 'an AWS access key',
  gcp: 'a Google Cloud service-account key',
  github: 'a GitHub token',
  slack: 'a Slack token or webhook',
  npm: 'an npm access token',
  basicauth: 'a password in a URL',
  'database-connection-string': 'a database password in a connection string',
};

/** The finding a committed secret is: where it is and what kind, never its value. */
export function secretFinding(hit: SecretHit): Finding {
  const what = RULE_TITLES[hit.rule] ?? `a ${hit.rule} credential`;
  return {
    severity: 'high',
    category: 'security',
    title: `Committed secret: ${what}`,
    cwe: 'CWE-798',
    explanation: `The file holds ${what} (found by the rule "${hit.rule}"). Anyone who can read the repository or its history can use it. It was redacted before the file was sent to the model.`,
    fix: 'Revoke or rotate the secret now (removing it from the file does not remove it from git history), and load it at run time from a secret store or an environment variable.',
    startLine: hit.startLine,
    endLine: hit.endLine,
    confidence: 'high',
    by: 'scanner',
  };
}

/**
 * A file that is wholly credentials (by its name: .env, .pgpass, a key file, ...) is never sent and never
 * reviewed, so it is reported as a finding rather than hidden among the skipped files: committing one is
 * itself the issue, and a change to it is something a reviewer must look at. Medium, since the name alone
 * cannot tell real credentials from a template or a public certificate.
 */
export function credentialFileFinding(path: string): LocatedFinding {
  return {
    path,
    severity: 'medium',
    category: 'security',
    title: 'Committed credential file (never sent to the model, not reviewed)',
    cwe: 'CWE-798',
    explanation:
      'Files of this kind hold credentials (passwords, tokens, private keys), so the scanner never sends them to the model and did not review this one. If it holds real credentials, anyone who can read the repository or its history can use them.',
    fix: 'Remove the file from the repository and rotate what it held (it stays in git history), keep it out with .gitignore, and commit a template without values instead (such as .env.example).',
    startLine: 1,
    endLine: 1,
    confidence: 'medium',
    by: 'scanner',
  };
}

/**
 * The secrets of the files sent join the model's findings for each content (so the cache keeps them, and a
 * warm run reports them); a content the model could not scan keeps them apart, still reported.
 */
export function addSecretFindings(outcome: ScanOutcome, secrets: ReadonlyMap<string, Finding[]>): void {
  for (const [sha256, found] of secrets) {
    const result = outcome.results.get(sha256);
    if (result) result.findings = [...found, ...result.findings];
  }
}

export interface PreparedMisses {
  files: MissFile[];
  /** The secrets found in each content sent, as findings, by content hash. */
  secrets: Map<string, Finding[]>;
}

/**
 * The files to send, each with its secrets redacted, and the secrets as findings. The rule set is loaded only
 * here, when there are files to send.
 */
export async function prepareMisses(
  misses: readonly { path: string; sha256: string }[],
  bytes: readonly Buffer[],
  countLines: (content: Buffer) => number,
): Promise<PreparedMisses> {
  const secrets = new Map<string, Finding[]>();
  if (misses.length === 0) return { files: [], secrets };
  const { redactSecrets } = await import('./redact-secrets.js');
  const files: MissFile[] = [];
  for (const [i, f] of misses.entries()) {
    const content = bytes[i]!;
    const redacted = await redactSecrets(f.path, content.toString('utf8'));
    if (redacted.secrets.length) secrets.set(f.sha256, redacted.secrets.map(secretFinding));
    files.push({ path: f.path, sha256: f.sha256, lines: countLines(content), content: redacted.content });
  }
  return { files, secrets };
}
