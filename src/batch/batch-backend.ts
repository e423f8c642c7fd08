/** Where a run's batch jobs live: the job's files in the cache bucket, and Bedrock's control plane. */
export interface BatchBackend {
  /**
   * Writes the records as `<folder>/batch/<name>/input.jsonl` and creates the job on them, its output under
   * `<folder>/batch/<name>/output/`; returns the job's ARN.
   */
  createJob(name: string, timeoutHours: number, jsonl: string): Promise<string>;
  /** The job's status (Submitted, Validating, Scheduled, InProgress, Completed, PartiallyCompleted, ...). */
  getJob(jobArn: string): Promise<{ status: string; message?: string }>;
  /** The texts of the job's output files (`*.jsonl.out`; the manifest is not needed). */
  readOutputs(name: string): Promise<string[]>;
}
