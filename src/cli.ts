// The CLI entry (ai-scanner): only runs main(), so tests can import main() from cli-main.ts without running a scan.
import { main } from './cli-main.js';

process.exitCode = await main(process.argv.slice(2));
