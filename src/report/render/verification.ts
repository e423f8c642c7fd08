import { formatUsd } from '../../cost/cost.js';
import type { ScanReport } from '../report.js';

/**
 * The verify-findings line under the cost: its calls and cost apart from the review's (the total above includes
 * them), and what it decided; undefined with verify-findings off.
 */
export function verificationText(r: ScanReport): string | undefined {
  const v = r.model.verification;
  if (!v) return undefined;
  const f = r.filtered?.verification;
  const cost = r.dryRun ? 'none in a dry run' : `${formatUsd(v.usd)}, included in the cost`;
  const parts = [
    `${v.calls} call(s) for ${v.files} file(s) (${cost})`,
    ...(v.cached ? [`${v.cached} file(s) verified from the cache`] : []),
    ...(f ? [`${f.rejected} finding(s) rejected`] : []),
    ...(f?.unverified ? [`${f.unverified} kept unverified`] : []),
  ];
  return `Verification (verify-findings): ${parts.join(' · ')}.`;
}
