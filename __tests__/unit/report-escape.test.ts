import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { clip } from '../../src/text.js';
import {
  codePath,
  commentSafe,
  escapeMarkdown,
  logSafe,
  plainText,
  sarifText,
  stripInvisible,
} from '../../src/report/escape.js';

const ZWSP = '\u200b';

/** What markdown would turn into markup: raw tags, links, images, autolinks, mentions, references, math. */
function assertInert(md: string): void {
  assert.doesNotMatch(md, /<(?!\/?(details|summary|sub)>)[a-z!/]/i, 'no raw HTML tag');
  assert.doesNotMatch(md, /(^|[^\\])\[[^\]]*(?<!\\)\]\(/, 'no markdown link or image');
  assert.doesNotMatch(md, /https?:\/\//, 'no autolink');
  assert.doesNotMatch(md, /@[\w-]/, 'no @mention');
  assert.doesNotMatch(md, /#\d/, 'no #reference');
  assert.doesNotMatch(md, /(?<!&#36;[^$]*)\$/, 'no math delimiter');
}

describe('escapeMarkdown', () => {
  it('escapes HTML: <img onerror>, <script>, entities', () => {
    const out = escapeMarkdown('<img src=x onerror=alert(1)> <script>alert(1)</script> &amp;');
    assert.ok(!out.includes('<'), out);
    assert.ok(!out.includes('>'), out);
    assert.match(out, /&lt;img src\\=x onerror\\=alert\\\(1\\\)&gt;/);
    assert.match(out, /&lt;script&gt;/);
    assert.match(out, /&amp;amp;/);
    assertInert(out);
  });

  it('breaks markdown links and images, and bare URLs', () => {
    const out = escapeMarkdown('[click](https://evil.example) ![x](http://t.example/p.png) www.evil.example');
    assert.match(out, /\\\[click\\\]\\\(https:\u200b\/\/evil\.example\\\)/);
    assert.match(out, /!\\\[x\\\]/);
    assert.match(out, new RegExp(`www${ZWSP}\\.evil`));
    assertInert(out);
  });

  it('neutralises @user, @org/team, #123, GH-123 and owner/repo#9', () => {
    const out = escapeMarkdown('ping @alice and @org/team about #123, GH-45 and octo/demo#9, mail a@b.c');
    assert.ok(out.includes(`@${ZWSP}alice`));
    assert.ok(out.includes(`@${ZWSP}org/team`));
    assert.ok(out.includes(`#${ZWSP}123`));
    assert.ok(out.includes(`GH${ZWSP}\\-45`));
    assert.ok(out.includes(`#${ZWSP}9`));
    assertInert(out);
  });

  it('escapes emphasis, code, tables, alerts, headings and math', () => {
    const out = escapeMarkdown('**bold** `code` | a | > [!WARNING] # h $x^2$ ~~s~~');
    assert.equal(
      out,
      '\\*\\*bold\\*\\* \\`code\\` \\| a \\| &gt; \\[\\!WARNING\\] \\# h &#36;x\\^2&#36; \\~\\~s\\~\\~',
    );
  });

  it('keeps it on one line, and never opens a list or a code block', () => {
    assert.equal(escapeMarkdown('line one\r\n\n  line two\tthree'), 'line one line two three');
    assert.equal(escapeMarkdown('    - item'), '\\- item');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
    assert.equal(escapeMarkdown('1) first'), '1\\) first');
    assert.equal(escapeMarkdown('==='), '\\=\\=\\=');
  });

  it('drops invisible and direction-changing characters', () => {
    assert.equal(escapeMarkdown('a\u202eb\u2066c\u200bd\u0000e\u001bf\ufeffg'), 'abcdefg');
  });

  it('caps the length of a 100 KB string', () => {
    const out = escapeMarkdown('<'.repeat(100_000), 600);
    assert.ok(out.length <= 600 * 4 + 1, String(out.length));
    assert.ok(out.endsWith('…'));
    assert.equal(escapeMarkdown('a'.repeat(100_000)).length, 1000);
  });
});

describe('clip', () => {
  it('never splits a surrogate pair', () => {
    const out = clip('ab😀😀😀', 4);
    assert.equal(out, 'ab…');
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(out));
    assert.equal(clip('abc', 3), 'abc');
    assert.equal(clip('abcd', 0), '');
  });
});

describe('codePath', () => {
  it('keeps a path inside one code span', () => {
    assert.equal(codePath('src/a`b`.py'), "`src/a'b'.py`");
    assert.equal(codePath('a\nb'), '`a b`');
    assert.equal(codePath(' padded '), '`  padded  `');
    assert.equal(codePath('x\u202ey'), '`xy`');
  });
});

describe('plainText', () => {
  it('keeps text readable but neutralises mentions and invisible characters, capped', () => {
    assert.equal(plainText('<b>@org/team</b>\n#12', 100), `<b>@${ZWSP}org/team</b> #${ZWSP}12`);
    assert.equal(plainText('a\r\nb', 100, true), 'a\nb');
    assert.equal(plainText('x'.repeat(100_000), 255).length, 255);
  });
});

describe('sarifText', () => {
  it('escapes SARIF embedded links', () => {
    assert.equal(sarifText('see [here](1) \\ done', 100), 'see \\[here\\](1) \\\\ done');
  });
});

describe('commentSafe and logSafe', () => {
  it('cannot close an HTML comment or break its line', () => {
    assert.equal(commentSafe('a --> b\n<!-- c'), 'a -  b !- c');
  });
  it('neutralises workflow commands: a newline cannot start a line, a leading :: and any ##[ are broken', () => {
    // After the newline is gone, "::error::" is inside the line, where the runner never reads a command.
    assert.equal(logSafe('x\n::error::boom'), 'x ::error::boom');
    assert.equal(logSafe('x\r\n::add-mask::y'), 'x ::add-mask::y');
    assert.equal(logSafe('x\u2028::error::y'), 'x ::error::y');
    assert.equal(logSafe('::error::boom'), ':\u200b:error::boom');
    assert.equal(logSafe('  ::stop-commands::tok'), '  :\u200b:stop-commands::tok');
    assert.equal(logSafe('a ##[error]b'), 'a #\u200b#[error]b');
    assert.equal(logSafe('##[group]x'), '#\u200b#[group]x');
    for (const line of [logSafe('::error::x'), logSafe('\n::error::x'), logSafe('  ::warning::x')])
      assert.doesNotMatch(line.trimStart(), /^::/);
  });
  it('prints ARNs, URLs and host::port exactly, so they copy correctly', () => {
    for (const value of [
      'arn:aws:iam::123456789012:role/ai-scanner-writer',
      "Assumed arn:aws:iam::123456789012:role/x with the job's OIDC token",
      'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0',
      'arn:aws:s3:::bucket/cache/octo/demo.json.gz',
      'https://bedrock-runtime.us-east-1.amazonaws.com/model/x:0/converse',
      'fe80::1 and std::string',
    ])
      assert.equal(logSafe(value), value);
    assert.doesNotMatch(logSafe('role arn:aws:iam::1:role/x'), /\u200b/);
  });
  it('stripInvisible keeps newlines and tabs', () => {
    assert.equal(stripInvisible('a\n\tb\u0007'), 'a\n\tb');
  });
});
