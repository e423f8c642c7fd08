// Bundles the action (<out>/index.js) and the CLI (<out>/cli/index.js) with ncc as ES modules.
// ncc emits ESM only because package.json says "type": "module"; <out>/package.json keeps Node reading them so.
// Usage: node scripts/bundle.mjs [--out DIR]   (default dist; tests may bundle into a scratch folder)
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
writeFileSync(join(out, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync(join(out, 'cli.js'), 0o755);
