/**
 * Why a file is not scanned, and how the reports say it. Apart from the path filter, so that the reports and the
 * pipeline need not load (and build) the filter's matchers, which only the file reader runs.
 */
export type SkipReason =
  | 'secret'
  | 'lockfile'
  | 'vendored'
  | 'generated'
  | 'minified'
  | 'binary'
  | 'image or media'
  | 'too large'
  | 'excluded by pattern'
  | 'not included'
  | 'symlink'
  | 'unreadable'
  | 'empty';

export const SKIP_REASON_TEXT: Record<SkipReason, string> = {
  secret: 'credential file (never sent to the model; reported as a finding)',
  lockfile: 'lockfile',
  vendored: 'vendored dependency',
  generated: 'generated or build output',
  minified: 'minified',
  binary: 'binary',
  'image or media': 'image or media file',
  'too large': 'larger than max-file-size-kb',
  'excluded by pattern': 'matches an exclude pattern',
  'not included': 'matches no include pattern',
  symlink: 'symbolic link (not followed)',
  unreadable: 'could not be read',
  empty: 'empty file',
};
