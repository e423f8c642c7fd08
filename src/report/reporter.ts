import type { ScanReport } from './report.js';

/** A place the report goes: the job summary, outputs, files, the PR comment, the check run. */
export interface Reporter {
  readonly name: string;
  /** Called before scanning (a check run shows "in progress"). */
  start?(): Promise<void>;
  publish(report: ScanReport): Promise<void>;
}
