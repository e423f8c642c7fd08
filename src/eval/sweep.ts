import { CONFIDENCES, type Confidence, type Metrics } from './score.js';

/** The min-confidence level with the best F1 on one run, and its figures. */
export interface BestLevel {
  level: Confidence;
  f1: number;
  precision: number | null;
  recall: number | null;
}

/**
 * The level whose F1 is best, from the figures of every level (the same answers filtered when reporting, so
 * no extra model call); null when no level has an F1. On a tie the stricter level wins: the same F1 with
 * fewer findings for a reader to read.
 */
export function bestMinConfidence(byLevel: Readonly<Record<Confidence, Metrics>>): BestLevel | null {
  let best: BestLevel | null = null;
  // CONFIDENCES runs from the strictest (high) to the loosest (low): only a strictly better F1 replaces it.
  for (const level of CONFIDENCES) {
    const m = byLevel[level];
    if (m.f1 === null || (best && m.f1 <= best.f1)) continue;
    best = { level, f1: m.f1, precision: m.precision, recall: m.recall };
  }
  return best;
}
