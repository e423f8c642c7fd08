/** Microsoft's SARIF validator (the Sarif.Multitool binary of @microsoft/sarif-multitool), for the tests. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Multitool {
  path?: string;
  /** Why the validator cannot run here; set means the tests that need it skip (and fail under CI=true). */
  skip?: string;
}

export function multitool(): Multitool {
  const root = join('node_modules', '@microsoft');
  if (!existsSync(root)) return { skip: '@microsoft/sarif-multitool is not installed (npm ci installs it)' };
  for (const dir of readdirSync(root).filter((d) => d.startsWith('sarif-multitool'))) {
    for (const name of ['Sarif.Multitool', 'Sarif.Multitool.exe']) {
      const path = join(root, dir, name);
      if (!existsSync(path)) continue;
      try {
        chmodSync(path, 0o755); // npm may skip the package's postinstall that does this
      } catch {
        /* a read-only install: try it as it is */
      }
      const probe = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
      if (probe.error || probe.status !== 0)
        return {
          path,
          skip: `the Sarif.Multitool binary cannot run here (${probe.error?.message ?? String(probe.stderr).slice(0, 300)})`,
        };
      return { path };
    }
  }
  return { skip: `no Sarif.Multitool binary for ${process.platform} under ${root}/sarif-multitool-*` };
}

/** The validator's errors and warnings for a SARIF file ("level ruleId: message"), none when it is valid. */
export function validateSarif(tool: Multitool, file: string): string[] {
  return validateSarifFiles(tool, [file]).get(file)!;
}

/**
 * The same for several files in one run of the validator (it starts a .NET runtime: seconds each time), keyed
 * by the paths as given.
 */
export function validateSarifFiles(tool: Multitool, files: string[]): Map<string, string[]> {
  const out = `${files[0]}.validation.sarif`;
  rmSync(out, { force: true });
  const res = spawnSync(tool.path!, ['validate', ...files, '--output', out, '--level', 'Error;Warning'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(res.status, 0, `${res.stdout}\n${res.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8').replace(/^\ufeff/, '')) as {
    runs: {
      results?: {
        level?: string;
        ruleId?: string;
        message?: { text?: string; arguments?: unknown };
        locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
      }[];
    }[];
  };
  const byFile = new Map(files.map((f) => [resolve(f), [] as string[]]));
  for (const p of log.runs.flatMap((r) => r.results ?? [])) {
    if ((p.level ?? 'warning') === 'note') continue;
    const uri = p.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    const list = uri ? byFile.get(fileURLToPath(uri)) : undefined;
    const text = `${p.level ?? 'warning'} ${p.ruleId}: ${p.message?.text ?? JSON.stringify(p.message?.arguments)}`;
    // A problem the validator cannot place in one file counts against every file.
    for (const l of list ? [list] : byFile.values()) l.push(text);
  }
  return new Map(files.map((f) => [f, byFile.get(resolve(f))!]));
}
