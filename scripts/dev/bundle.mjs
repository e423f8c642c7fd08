// Bundles the action (<out>/index.js) and the CLI (<out>/cli/index.js) with ncc as ES modules, each with the
// worker that reads and hashes files beside it (file-reader-worker.js).
// ncc emits ESM only because package.json says "type": "module"; <out>/package.json keeps Node reading them so.
// Usage: node scripts/dev/bundle.mjs [--out DIR]   (default dist; tests may bundle into a scratch folder)
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const i = process.argv.indexOf('--out');
const out = i > 0 ? process.argv[i + 1] : 'dist';
rmSync(out, { recursive: true, force: true });
const ncc = (entry, dir) =>
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', dir, '--license', 'licenses.txt', '--target', 'es2022', '-q'],
    {
      stdio: 'inherit',
    },
  );
ncc('src/index.ts', out);
ncc('src/cli.ts', join(out, 'cli'));
// The file reader runs in a worker thread, loaded from beside each entry as file-reader-worker.js.
const worker = join(out, 'file-reader-worker');
ncc('src/git/file-reader/worker.ts', worker);
for (const dir of [out, join(out, 'cli')])
  copyFileSync(join(worker, 'index.js'), join(dir, 'file-reader-worker.js'));
rmSync(worker, { recursive: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
writeFileSync(join(out, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync(join(out, 'cli.js'), 0o755);
