import { formatUsd } from '../../cost/cost.js';
import type { BatchJobReport } from '../../batch/batch-report.js';
import type { ScanReport } from '../report.js';
import { codePath, escapeMarkdown } from '../escape.js';

/** Jobs listed by name; a document holds at most 100, and a run rarely meets more than one or two. */
const JOBS_SHOWN = 10;

/**
 * The job summary's batch section: one line a job (its id, status, records, files, expected cost against live
 * calls, or what its collection gave). Empty when the run had nothing to do with batch jobs.
 */
export function batchSection(r: ScanReport): string[] {
  const jobs = r.batch?.jobs ?? [];
  if (!jobs.length) return [];
  const shown = jobs.slice(0, JOBS_SHOWN);
  return [
    '**Bedrock batch** (billed at half the on-demand price):',
    '',
    ...shown.map((j) => `- ${codePath(j.job, 100)}: ${escapeMarkdown(jobText(j), 600)}`),
    ...(jobs.length > shown.length ? [`- … and ${jobs.length - shown.length} more`] : []),
    '',
  ];
}

/** The same lines for the CLI's plain text. */
export function batchLines(r: ScanReport): string[] {
  return (r.batch?.jobs ?? []).map((j) => `  BATCH ${j.job}: ${jobText(j)}`);
}

/** One job in words: what happened to it and to its files, with the figures that go with it. */
function jobText(j: BatchJobReport): string {
  const size = `${j.records} record(s) for ${j.files} file(s)`;
  switch (j.state) {
    case 'submitted':
      return `submitted, ${size}${expected(j)}; ${j.recorded === false ? 'NOT recorded (the cache could not be saved): no run will collect it; stop it (see the log)' : 'its files are queued, a later run collects them'}.`;
    case 'running':
      return `${j.status}, ${size}${expected(j)}; ${j.queued ? 'its files are queued, a later run collects them' : 'its files were scanned live by this run'}.`;
    case 'collected':
      return `collected (${j.status}): ${j.results ?? 0} file(s) answered at the batch price (${formatUsd(j.usd ?? undefined)})${j.live ? `, ${j.live} sent to live calls (their records failed or did not check out)` : ''}.`;
    case 'ended':
      return `ended ${j.status}, ${size}; its files went back to live calls.`;
    case 'unchecked':
      return `could not be checked or read (${j.status}); its files were scanned live, a later run tries the job again.`;
    case 'unusable':
      return 'made with another model, prompt or scanner version: its answers are not used, its files were scanned live.';
  }
}

function expected(j: BatchJobReport): string {
  if (j.expectedUsd == null) return '';
  const live = j.liveEstimateUsd == null ? '' : ` against ${formatUsd(j.liveEstimateUsd)} live`;
  return `, about ${formatUsd(j.expectedUsd)}${live}`;
}
