import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { findKeyMaterial, redactSpans } from '../../src/scanner/key-material.js';
import { redactSecrets } from '../../src/scanner/redact-secrets.js';
import { credentialFileFinding, prepareMisses, secretFinding } from '../../src/scanner/secret-findings.js';
import { countLines } from '../../src/git/select-files.js';

/** A base64 body that looks like a DER key (starts "MI"), `lines` lines of 64 characters. */
function keyBody(lines = 4): string[] {
  return Array.from({ length: lines }, (_, i) =>
    ((i === 0 ? 'MIIE' : '') + randomBytes(60).toString('base64')).slice(0, 64),
  );
}

const pem = (label: string, body = keyBody()) =>
  [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join('\n');

/** Checks the redaction kept every line and removed every listed value. */
function assertRedacted(text: string, redacted: string, values: string[]) {
  assert.equal(redacted.split('\n').length, text.split('\n').length, 'the line count is kept');
  for (const v of values) assert.ok(!redacted.includes(v), `still holds ${v.slice(0, 20)}...`);
}

describe('redactSecrets', () => {
  it('a private-key marker alone redacts nothing, and the code around a key is kept', async () => {
    const text = '// -----BEGIN PRIVATE KEY-----\nconst q = "SELECT * FROM t WHERE id = " + id;\n';
    const r = await redactSecrets('src/a.ts', text);
    assert.equal(r.content, text);
    assert.deepEqual(r.secrets, []);
  });

  for (const label of [
    'PRIVATE KEY',
    'RSA PRIVATE KEY',
    'EC PRIVATE KEY',
    'OPENSSH PRIVATE KEY',
    'ENCRYPTED PRIVATE KEY',
    'PGP PRIVATE KEY BLOCK',
  ])
    it(`redacts a ${label} block, keeping the lines and the code after it`, async () => {
      const body = keyBody();
      const text = `const key = \`${pem(label, body)}\`;\nexec(req.query.cmd);\n`;
      const r = await redactSecrets('src/a.ts', text);
      assertRedacted(text, r.content, body);
      assert.match(r.content, /\[REDACTED:private-key\]/);
      assert.match(r.content, /^exec\(req\.query\.cmd\);$/m);
      // One secret, from the armour line (secretlint's rule) or the body (the armour scan) to the body's end.
      assert.equal(r.secrets.length, 1);
      assert.equal(r.secrets[0]!.rule, 'private-key');
      assert.ok(r.secrets[0]!.startLine <= 2 && r.secrets[0]!.endLine >= 5, JSON.stringify(r.secrets));
    });

  it('redacts a key held in one string with escaped newlines, and one built from concatenated lines', async () => {
    const body = keyBody(3);
    const oneLine = `KEY = "-----BEGIN RSA PRIVATE KEY-----\\n${body.join('\\n')}\\n-----END RSA PRIVATE KEY-----\\n"`;
    const joined = [
      'const key =',
      "  '-----BEGIN PRIVATE KEY-----\\n' +",
      ...body.map((l) => `  '${l}\\n' +`),
      "  '-----END PRIVATE KEY-----';",
      'eval(input);',
    ].join('\n');
    for (const text of [oneLine, joined]) {
      const r = await redactSecrets('src/k.js', text);
      assertRedacted(text, r.content, body);
      assert.equal(r.secrets.length, 1);
    }
  });

  it('redacts PuTTY, SSH2 and base64-encoded private keys', async () => {
    const putty = keyBody(2);
    const mac = randomBytes(20).toString('hex');
    const ssh2 = keyBody(3).map((l) => l.replace(/^MIIE/, 'P2/5'));
    const b64 = Buffer.from(pem('RSA PRIVATE KEY')).toString('base64');
    const text = [
      'PuTTY-User-Key-File-3: ssh-rsa',
      'Encryption: none',
      'Public-Lines: 1',
      'AAAAB3NzaC1yc2EAAAADAQABAAABAQ',
      'Private-Lines: 2',
      ...putty,
      `Private-MAC: ${mac}`,
      '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----',
      'Comment: "rsa-key-20240101"',
      ...ssh2,
      '---- END SSH2 ENCRYPTED PRIVATE KEY ----',
      `const encoded = "${b64}";`,
    ].join('\n');
    const r = await redactSecrets('keys.txt', text);
    assertRedacted(text, r.content, [...putty, mac, ...ssh2, b64.slice(20, 60)]);
    assert.deepEqual([...new Set(r.secrets.map((s) => s.rule))], ['private-key', 'private-key-base64']);
  });

  it('redacts credential values: AWS, GitHub, Slack, npm, and passwords in URLs', async () => {
    const values = {
      awsId: 'AKIA2E0A8F3B244C9986',
      awsSecret: `${randomBytes(30).toString('base64').slice(0, 40)}`,
      github: `ghp_${'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'}`,
      slack: 'xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx',
      npm: 'npm_abcdefghijklmnopqrstuvwxyz0123456789',
      dbPassword: 's3cretPassw0rd',
    };
    const text = [
      `aws_access_key_id = "${values.awsId}"`,
      `aws_secret_access_key = "${values.awsSecret}"`,
      `TOKEN = "${values.github}"`,
      `SLACK = "${values.slack}"`,
      `NPM = "${values.npm}"`,
      `DB = "postgres://app:${values.dbPassword}@db.internal:5432/app"`,
      'os.system(input())',
    ].join('\n');
    const r = await redactSecrets('settings.py', text);
    assertRedacted(text, r.content, Object.values(values));
    assert.match(r.content, /^os\.system\(input\(\)\)$/m);
    assert.equal(r.secrets.length, 6);
  });

  it('redacts an AWS secret access key that ends in /, + or = (past the word boundary of the rule)', async () => {
    for (const [i, last] of ['/', '+', '='].entries()) {
      const key = `uYjFROfT+l8LChJcPlmCKvmXHEYWAklQ2hxrv3a${last}`;
      const text = [`aws_secret_access_key = "${key}"`, `AWS_SECRET_ACCESS_KEY: ${key}`, 'run()'].join('\n');
      const r = await redactSecrets(`settings${i}.py`, text);
      assertRedacted(text, r.content, [key]);
      assert.deepEqual(
        r.secrets.map((x) => [x.rule, x.startLine]),
        [
          ['aws', 1],
          ['aws', 2],
        ],
      );
    }
  });

  it('ignores secretlint-disable comments: the content does not decide what is withheld', async () => {
    const token = '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';
    const r = await redactSecrets('a.js', `// secretlint-disable\nconst t = "${token}";\n`);
    assert.ok(!r.content.includes(token));
  });

  it('does not hide code behind a forged marker: two words on a line end a key body', async () => {
    const text =
      'KEY = """-----BEGIN RSA PRIVATE KEY-----\nabcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789\n"""\ndef run(x):\n    return eval(x)\n';
    const r = await redactSecrets('a.py', text);
    assert.match(r.content, /^def run\(x\):$/m);
    assert.match(r.content, /return eval\(x\)/);
    // A template that builds a PEM from code is no key.
    const built =
      'const pem = `-----BEGIN PRIVATE KEY-----\\n${encodeBase64(k)}\\n-----END PRIVATE KEY-----`;\n';
    assert.deepEqual((await redactSecrets('jwt.test.ts', built)).secrets, []);
  });
});

describe('key material helpers', () => {
  it('redactSpans keeps every line break, CRLF included', () => {
    const text = 'a\r\nSECRET1\r\nSECRET2\r\nb';
    const start = text.indexOf('SECRET1');
    const out = redactSpans(text, [{ start, end: text.indexOf('\r\nb'), rule: 'x' }]);
    assert.equal(out, 'a\r\n[REDACTED:x]\r\n\r\nb');
  });

  it('a placeholder body ("MIIE...") is no key', () => {
    assert.deepEqual(
      findKeyMaterial('-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n'),
      [],
    );
  });
});

describe('secret findings', () => {
  it('a secret is a CWE-798 finding at its lines, never holding its value', () => {
    const f = secretFinding({ rule: 'github', startLine: 3, endLine: 3 });
    assert.equal(f.cwe, 'CWE-798');
    assert.equal(f.severity, 'high');
    assert.deepEqual([f.startLine, f.endLine], [3, 3]);
    assert.match(f.title, /GitHub token/);
  });

  it('a credential file is a finding that says it was not reviewed', () => {
    const f = credentialFileFinding('.envrc');
    assert.equal(f.path, '.envrc');
    assert.match(f.title, /never sent to the model/);
  });

  it('prepareMisses redacts what is sent, counts the original lines, and loads nothing with no misses', async () => {
    assert.deepEqual(await prepareMisses([], [], countLines), { files: [], secrets: new Map() });
    const token = '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';
    const content = Buffer.from(`a\nconst t = "${token}";\nb\n`);
    const { files, secrets } = await prepareMisses([{ path: 'a.js', sha256: 'h1' }], [content], countLines);
    assert.equal(files[0]!.lines, 3);
    assert.ok(!files[0]!.content.includes(token));
    assert.equal(secrets.get('h1')?.[0]?.startLine, 2);
  });
});
