import type { ReportFiltered } from '../report.js';

/**
 * One line on the findings a report leaves out, and why: those whose evidence was not in their file (this run's
 * answers), those below min-confidence, and each exclusion's; undefined when none was left out.
 */
export function filteredText(f: ReportFiltered | undefined): string | undefined {
  if (!f) return undefined;
  const parts: string[] = [];
  const dropped = f.evidence.absent + f.evidence.wrongFile;
  if (dropped) {
    const why = [
      ...(f.evidence.absent ? [`${f.evidence.absent} not found in the file`] : []),
      ...(f.evidence.wrongFile ? [`${f.evidence.wrongFile} found in another file of the request`] : []),
    ];
    parts.push(`${dropped} dropped, their evidence not verified (${why.join(', ')})`);
  }
  if (f.verification?.rejected)
    parts.push(`${f.verification.rejected} rejected by verification (verify-findings)`);
  if (f.belowConfidence) parts.push(`${f.belowConfidence} below min-confidence ${f.minConfidence}`);
  const excluded = Object.entries(f.excluded);
  if (excluded.length)
    parts.push(
      `${excluded.reduce((n, [, k]) => n + k, 0)} excluded as noise (${excluded.map(([id, k]) => `${id}: ${k}`).join(', ')})`,
    );
  return parts.length ? `Findings not shown: ${parts.join(' · ')}.` : undefined;
}
