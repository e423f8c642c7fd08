// npm run local-action [-- ENV_FILE]: runs the action from src/ on this machine with @github/local-action, which
// plays the runner (inputs from ENV_FILE, default .env), then prints the job summary the run wrote.
// @github/local-action is fetched on first use (npx) rather than kept as a dev dependency: it brings about 270
// packages (250 MB) into node_modules, which every `npm ci` and CI run would then pay for.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const LOCAL_ACTION = '@github/local-action@7.0.1';

/**
 * Runs `command` (local-action by default) with GITHUB_STEP_SUMMARY pointing at a fresh file, as the runner
 * does, and writes that file to `out` afterwards: the action writes its summary only when the variable names a
 * file, and local-action shows none of it. An env file that sets GITHUB_STEP_SUMMARY itself keeps its own.
 * Returns the exit code.
 */
export function runLocalAction({
  envFile = '.env',
  command = ['npx', '--yes', LOCAL_ACTION, 'run', '.', 'src/main.ts'],
  env = process.env,
  out = process.stdout,
  err = process.stderr,
}: {
  envFile?: string;
  command?: string[];
  env?: NodeJS.ProcessEnv;
  out?: { write(text: string): unknown };
  err?: { write(text: string): unknown };
} = {}): number {
  if (!existsSync(envFile)) {
    err.write(
      `${envFile} not found: copy .env.example to ${envFile} and edit it (a dry run needs no AWS).\n`,
    );
    return 2;
  }
  const own = /^GITHUB_STEP_SUMMARY=(.+)$/m.exec(readFileSync(envFile, 'utf8'))?.[1]?.trim();
  const dir = mkdtempSync(join(tmpdir(), 'ai-scanner-local-action-'));
  const summary = own ? resolve(own) : join(dir, 'step-summary.md');
  if (!existsSync(summary)) writeFileSync(summary, '');
  try {
    const [bin = 'npx', ...args] = command;
    const result = spawnSync(bin, [...args, envFile], {
      stdio: 'inherit',
      env: { ...env, GITHUB_STEP_SUMMARY: summary },
    });
    const text = readFileSync(summary, 'utf8');
    out.write(
      text.trim()
        ? `\n---- Job summary (GITHUB_STEP_SUMMARY) ----\n${text.trimEnd()}\n---- end of the job summary ----\n`
        : '\n(The run wrote no job summary.)\n',
    );
    return result.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exit(runLocalAction({ envFile: process.argv[2] ?? '.env' }));
