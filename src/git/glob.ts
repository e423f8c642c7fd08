import picomatch from 'picomatch';

/**
 * The include and exclude globs, matched in time bounded by the path's length. picomatch turns each `**` into a
 * lazy group, so a pattern with several of them (`**` segments with folder names between) backtracks polynomially in the path's
 * depth: three or four on a path 200 folders deep take seconds to minutes for one file. Such a pattern is
 * matched here segment by segment instead (each segment with picomatch, `**` as "any number of segments", one
 * pass over the path keeping the set of pattern positions reached), which is what the glob means, in
 * O(segments x pattern segments). Patterns with at most one `**` keep picomatch's own matcher.
 */
export function globMatcher(
  patterns: readonly string[],
  opts: picomatch.PicomatchOptions,
): (path: string) => boolean {
  const tests = patterns.map((p) => compile(normalizeGlob(p), opts));
  return (path) => tests.some((test) => test(path));
}

/** Repeated `**` segments mean one: two in a row are collapsed into one. */
export function normalizeGlob(pattern: string): string {
  const segments = pattern.split('/');
  return segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**')).join('/');
}

function compile(pattern: string, opts: picomatch.PicomatchOptions): (path: string) => boolean {
  // A leading ! negates the whole pattern (picomatch's meaning); !(...) is an extglob.
  const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
  const body = negated ? pattern.slice(1) : pattern;
  const segments = body.split('/');
  // A brace or extglob that holds a slash spans segments: those stay with picomatch.
  const spansSegments = /\{[^}]*\/[^}]*\}|\([^)]*\/[^)]*\)/.test(body);
  const globstars = segments.filter((s) => s === '**').length;
  const test = globstars >= 2 && !spansSegments ? bySegment(segments, opts) : picomatch(body, opts);
  return negated ? (path) => !test(path) : test;
}

function bySegment(segments: readonly string[], opts: picomatch.PicomatchOptions): (path: string) => boolean {
  const dot = opts.dot ?? false;
  const tests = segments.map((s) => (s === '**' ? undefined : picomatch(s, opts)));
  const n = tests.length;
  /** Positions reached, closed over `**` matching no segment. */
  const close = (reached: Uint8Array) => {
    for (let i = 0; i < n; i++) if (reached[i] && tests[i] === undefined) reached[i + 1] = 1;
    return reached;
  };
  return (path) => {
    let reached = close(Uint8Array.of(1, ...new Array<number>(n).fill(0)));
    for (const part of path.split('/')) {
      const next = new Uint8Array(n + 1);
      let any = false;
      for (let i = 0; i < n; i++) {
        if (!reached[i]) continue;
        const test = tests[i];
        // `**` takes any segment, but a dot segment only with the dot option (picomatch's rule).
        if (test === undefined ? dot || !part.startsWith('.') : false) {
          next[i] = 1;
          any = true;
        } else if (test !== undefined && test(part)) {
          next[i + 1] = 1;
          any = true;
        }
      }
      if (!any) return false;
      reached = close(next);
    }
    return reached[n] === 1;
  };
}
