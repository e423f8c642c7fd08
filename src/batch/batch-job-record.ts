import { z } from 'zod';

/** The files one record of a batch job holds: enough to check its answer (paths and lines) and cache it. */
const RecordFilesSchema = z
  .array(
    z.object({
      path: z.string().min(1).max(1024),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      lines: z.number().int().nonnegative(),
    }),
  )
  .min(1)
  .max(64);
export type BatchRecordFiles = z.infer<typeof RecordFilesSchema>;

/** Bedrock's rule for a job name, which also names the job's folder in the bucket. */
const JOB_NAME = /^[a-zA-Z0-9]{1,63}(-*[a-zA-Z0-9+\-.]){0,63}$/;

/**
 * A Bedrock batch inference job a run submitted and a later run collects, as the cache document records it:
 * its input is `<prefix><owner>/<repo>/batch/<name>/input.jsonl` and its output is written under `.../output/`.
 */
export const BatchJobSchema = z.object({
  name: z.string().regex(JOB_NAME),
  jobArn: z.string().min(1).max(1011),
  submittedAt: z.iso.datetime(),
  modelId: z.string().max(2048),
  /** The cache fingerprint of the run that submitted it: its answers are cached under it. */
  fingerprint: z.string().max(64),
  /** What the records would have cost live; the job is billed about half of it. */
  liveEstimateUsd: z.number().nullable(),
  /** What the records were estimated to cost at the batch price (absent in records made before it was kept). */
  expectedUsd: z.number().nullable().optional(),
  records: z.record(z.string().regex(/^[A-Za-z0-9]{1,64}$/), RecordFilesSchema),
});
export type BatchJob = z.infer<typeof BatchJobSchema>;
