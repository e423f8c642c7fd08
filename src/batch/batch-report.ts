/**
 * What a run says of the Bedrock batch jobs it submitted, found running or collected: the `batch` object of the
 * JSON report, and the batch section of the job summary (src/report/render/batch.ts).
 */
export interface BatchJobReport {
  /** The job's name (its id in the bucket's `batch/` folder and in the log). */
  job: string;
  jobArn: string;
  /**
   * submitted: this run created it (its files queued); running: not finished (its files queued on a scheduled
   * run, scanned live on any other); collected: its answers taken; ended: failed, expired or stopped (its files
   * live); unchecked: its status or output could not be read (its files live, the job kept for a later run);
   * unusable: made with another model, prompt or scanner version (its files live).
   */
  state: 'submitted' | 'running' | 'collected' | 'ended' | 'unchecked' | 'unusable';
  /** Bedrock's status of the job (Submitted for one this run created; unknown when it could not be read). */
  status: string;
  records: number;
  files: number;
  /** Whether this run holds the job's files back for a later run to collect (not scanned, not passing the gate). */
  queued: boolean;
  /** What the records cost at the batch price, estimated when submitted; null when the model has no price. */
  expectedUsd?: number | null;
  /** What the same files would cost in live calls, estimated when submitted. */
  liveEstimateUsd?: number | null;
  /**
   * collected: the files answered at the batch price, what their answers cost, and the files of this run sent
   * back to live calls (their records failed or did not check out).
   */
  results?: number;
  usd?: number | null;
  live?: number;
  /**
   * submitted: false when the cache could not be saved, so no later run knows of the job: it runs and is billed
   * but is never collected (the warning says how to stop it).
   */
  recorded?: boolean;
}

export interface BatchReport {
  jobs: BatchJobReport[];
}
