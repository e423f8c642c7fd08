// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc as ES modules.
// ncc emits ESM only because package.json says "type": "module"; dist/package.json keeps Node reading them so.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--target', 'es2022', '-q'], {
    stdio: 'inherit',
  });
ncc('src/index.ts', 'dist');
ncc('src/cli.ts', 'dist/cli');
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', '{\n  "type": "module"\n}\n');
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync('dist/cli.js', 0o755);
