import type { Severity } from '../../config/config.js';
import { plainText } from '../escape.js';
import type { ReportFinding, ScanReport } from '../report.js';
import { complianceText } from '../../compliance/cwe-table.js';

/** GitHub takes at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** A bound on the requests one report makes (GitHub keeps annotations per check run, not without limit). */
export const MAX_CHECK_ANNOTATIONS = 1000;
/** Workflow-command annotations: the runner shows a few per step, so only the most severe are sent. */
export const MAX_WORKFLOW_ANNOTATIONS = 50;

const TITLE_MAX = 255;
const MESSAGE_MAX = 4000;

/** A check-run annotation as the Checks API takes it. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

const CHECK_LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
};

/** One annotation per finding, most severe first (the report's order), bounded in number and length. */
export function checkAnnotations(r: ScanReport, max = MAX_CHECK_ANNOTATIONS): CheckAnnotation[] {
  return r.findings.slice(0, max).map(toAnnotation);
}

function toAnnotation(f: ReportFinding): CheckAnnotation {
  return {
    path: f.path,
    start_line: Math.max(1, f.startLine),
    end_line: Math.max(1, f.startLine, f.endLine),
    annotation_level: CHECK_LEVEL[f.severity],
    title: annotationTitle(f),
    message: annotationMessage(f),
  };
}

/** Splits a list into requests of at most `size`. */
export function batches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function annotationTitle(f: ReportFinding): string {
  return plainText(`[${f.severity.toUpperCase()}] ${f.title}${f.cwe ? ` (${f.cwe})` : ''}`, TITLE_MAX);
}

function annotationMessage(f: ReportFinding): string {
  const text = [
    f.explanation.trim(),
    f.fix.trim() ? `Fix: ${f.fix.trim()}` : '',
    f.compliance.length ? `Compliance: ${complianceText(f.compliance)}.` : '',
    `Confidence: ${f.confidence}.`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return plainText(text, MESSAGE_MAX, true);
}

/** The `core.error/warning/notice` properties of a workflow annotation. */
export interface WorkflowAnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
}

/** Where workflow annotations go: @actions/core's error, warning and notice. */
export interface AnnotationSink {
  error(message: string, properties: WorkflowAnnotationProperties): void;
  warning(message: string, properties: WorkflowAnnotationProperties): void;
  notice(message: string, properties: WorkflowAnnotationProperties): void;
}

const WORKFLOW_LEVEL: Record<Severity, keyof AnnotationSink> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

/**
 * When no check run can be written (a fork's read-only token, a missing `checks: write`), findings become workflow
 * annotations, which need no permission: at most `max`, most severe first. Returns how many were emitted.
 */
export function emitWorkflowAnnotations(
  r: ScanReport,
  sink: AnnotationSink,
  max = MAX_WORKFLOW_ANNOTATIONS,
): number {
  const shown = r.findings.slice(0, max);
  for (const f of shown) {
    const a = toAnnotation(f);
    sink[WORKFLOW_LEVEL[f.severity]](a.message, {
      title: a.title,
      file: a.path,
      startLine: a.start_line,
      endLine: a.end_line,
    });
  }
  return shown.length;
}
