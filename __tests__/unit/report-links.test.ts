/**
 * File names are chosen by the pull request's author. Rendered as GitHub renders markdown (micromark with its GFM
 * extension: links, autolinks, tables), a hostile name must not end the finding's link, add a link to another
 * host, or add any element beyond the link and its code span.
 */
import { describe, it, expect } from '@jest/globals';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { pathUrl } from '../../src/report/escape.js';
import { renderCheckOutput, renderSummary } from '../../src/report/render/markdown.js';
import { renderComment } from '../../src/report/publish/comment-reporter.js';
import { renderSarif } from '../../src/report/render/sarif.js';
import { finding, sampleReport } from './report-fixtures.js';

const SHA = 'c0ffee'.padEnd(40, '0');
const BLOB = `https://github.com/octo/demo/blob/${SHA}/`;

/** Names an attacker can commit (git allows any byte but NUL and `/` in a name). */
const HOSTILE_PATHS = [
  'src/x).www.evil.example/steal.py',
  'src/x)(www.evil.example)/[y](evil) z.py',
  'src/a) [click](https://evil.example/p) b.py',
  'src/<https://evil.example>.py',
  'src/`tick`](https://evil.example).py',
  'src/q?x=1#frag (copy).py',
  "src/it's*!~.py",
  'src/line\nbreak](https:\\evil.example).py',
  'src/a]b[c](http://evil.example/).py',
];

const html = (markdown: string) =>
  micromark(markdown, { allowDangerousHtml: false, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const hrefs = (markup: string) => [...markup.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe('link-safe paths', () => {
  it('pathUrl encodes every segment down to the unreserved characters', () => {
    expect(pathUrl("a b/c)d(e/f!g'h*i/j#k?l/m%n")).toBe('a%20b/c%29d%28e/f%21g%27h%2Ai/j%23k%3Fl/m%25n');
    expect(pathUrl('src/ok-name_1.2~x.py')).toBe('src/ok-name_1.2~x.py');
    expect(decodeURIComponent(pathUrl(HOSTILE_PATHS[0]!))).toBe(HOSTILE_PATHS[0]);
  });

  const report = sampleReport(
    HOSTILE_PATHS.map((path, i) => finding({ path, startLine: i + 1, endLine: i + 1, title: `Issue ${i}` })),
    { repository: 'octo/demo', sha: SHA, serverUrl: 'https://github.com', runUrl: undefined },
  );
  const renderings: Record<string, string> = {
    'job summary': renderSummary(report),
    'PR comment': renderComment(report, undefined),
    'check run summary': renderCheckOutput(report, { links: true }).summary,
    'check run text': renderCheckOutput(report, { links: true }).text,
  };

  for (const [where, markdown] of Object.entries(renderings))
    it(`in the ${where}, every link goes to the file on GitHub, one per finding, with the path as its text`, () => {
      const markup = html(markdown);
      const links = hrefs(markup);
      const findingLinks = links.filter((h) => h.startsWith(BLOB));
      expect(links.filter((h) => !h.startsWith(BLOB))).toEqual([]);
      if (where === 'check run summary') return; // the head holds no finding
      expect(findingLinks).toHaveLength(HOSTILE_PATHS.length);
      // Each target decodes back to exactly the finding's file and line.
      const targets = findingLinks.map((h) => decodeURIComponent(h.slice(BLOB.length)));
      expect(targets.sort()).toEqual(HOSTILE_PATHS.map((p, i) => `${p}#L${i + 1}`).sort());
      // Nothing of a name is left outside its link (the ends of the names are not loose text).
      for (const [i] of HOSTILE_PATHS.entries())
        expect(markup).toMatch(new RegExp(`<a href="[^"]*#L${i + 1}"><code>[^<]*:${i + 1}</code></a>:`));
      expect(markup).not.toMatch(/<(img|script|a href="(?!https:\/\/github\.com\/))/);
    });

  it('SARIF locations are percent-encoded relative references that decode to the path', () => {
    const sarif = renderSarif(report) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-._~%/]+$/);
    expect(uris.map(decodeURIComponent).sort()).toEqual([...HOSTILE_PATHS].sort());
  });

  it('a server URL that is not a plain http(s) URL gives no links at all', () => {
    const odd = { ...report, serverUrl: 'javascript:alert(1)//' };
    expect(hrefs(html(renderSummary(odd)))).toEqual([]);
  });
});
