import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Reporter } from '../app.js';
import type { ScanReport } from './report.js';
import { renderSarif } from './sarif.js';

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

/** The whole report as JSON (the report-file output), for other steps and tools. */
export class JsonReportReporter implements Reporter {
  readonly name = 'JSON report';
  constructor(private readonly path: string) {}
  async publish(report: ScanReport): Promise<void> {
    await write(this.path, `${JSON.stringify(report, null, 2)}\n`);
  }
}

/** SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and other viewers. */
export class SarifReporter implements Reporter {
  readonly name = 'SARIF';
  constructor(private readonly path: string) {}
  async publish(report: ScanReport): Promise<void> {
    await write(this.path, `${JSON.stringify(renderSarif(report), null, 2)}\n`);
  }
}
