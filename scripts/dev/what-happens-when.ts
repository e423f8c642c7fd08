/**
 * Writes docs/what-happens-when.md from the fault catalogue (__tests__/e2e/fault-catalogue.ts), formatted as
 * prettier formats it. `--check` writes nothing and exits 1 when the committed file differs;
 * __tests__/unit/what-happens-when.test.ts checks the same. A path argument writes (or checks) that file instead.
 *
 *   node --import tsx scripts/dev/what-happens-when.ts [--check] [path]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { renderWhatHappensWhen } from '../../__tests__/e2e/fault-catalogue.js';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DOC = resolve(ROOT, 'docs/what-happens-when.md');

/** docs/what-happens-when.md as it should be. */
export async function renderDoc(): Promise<string> {
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  return prettier.format(renderWhatHappensWhen(), { ...options, filepath: DOC });
}

async function mainScript(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const target = resolve(args.find((a) => !a.startsWith('--')) ?? DOC);
  const name = target === DOC ? 'docs/what-happens-when.md' : target;
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  const next = await renderDoc();
  if (next === current) {
    console.log(`${name} is up to date.`);
    return;
  }
  if (check) {
    console.error(
      `${name} differs from the fault catalogue: run \`node --import tsx scripts/dev/what-happens-when.ts\`.`,
    );
    process.exitCode = 1;
    return;
  }
  writeFileSync(target, next);
  console.log(`${name} updated.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await mainScript();
