// npm run local-action [-- ENV_FILE]: runs the action from src/ on this machine with @github/local-action, which
// plays the runner (inputs from ENV_FILE, default .env; outputs, summary and annotations printed).
// @github/local-action is fetched on first use (npx) rather than kept as a dev dependency: it brings about 270
// packages (250 MB) into node_modules, which every `npm ci` and CI run would then pay for.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const LOCAL_ACTION = '@github/local-action@7.0.1';
const envFile = process.argv[2] ?? '.env';
if (!existsSync(envFile)) {
  console.error(
    `${envFile} not found: copy .env.example to ${envFile} and edit it (a dry run needs no AWS).`,
  );
  process.exit(2);
}
const result = spawnSync('npx', ['--yes', LOCAL_ACTION, 'run', '.', 'src/main.ts', envFile], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
