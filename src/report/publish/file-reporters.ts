import type { Reporter } from '../reporter.js';
import { safeWriteFile, writeRoots } from '../../safe-write.js';
import type { ScanReport } from '../report.js';
import { renderSarif } from '../render/sarif.js';

/**
 * The whole report as JSON (the report-file output), for other steps and tools. Written only inside the
 * workspace or the runner's temp folder and never through a symbolic link (see safe-write): a refused write
 * throws, and the pipeline turns it into a warning that names the path.
 */
export class JsonReportReporter implements Reporter {
  readonly name = 'JSON report';
  /** Whether this run wrote the file (the report-file output names it only then). */
  written = false;
  constructor(
    private readonly path: string,
    private readonly roots: readonly string[] = writeRoots(),
  ) {}
  async publish(report: ScanReport): Promise<void> {
    await safeWriteFile(this.path, `${JSON.stringify(report, null, 2)}\n`, this.roots);
    this.written = true;
  }
}

/** SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif) and other viewers; written as the JSON report is. */
export class SarifReporter implements Reporter {
  readonly name = 'SARIF';
  /** Whether this run wrote the file (the sarif-file output names it only then). */
  written = false;
  constructor(
    private readonly path: string,
    private readonly roots: readonly string[] = writeRoots(),
  ) {}
  async publish(report: ScanReport): Promise<void> {
    await safeWriteFile(this.path, `${JSON.stringify(renderSarif(report), null, 2)}\n`, this.roots);
    this.written = true;
  }
}
