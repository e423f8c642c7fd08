export const id = 161;
export const ids = [161];
export const modules = {

/***/ 161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  redactSecrets: () => (/* binding */ redactSecrets)
});

;// CONCATENATED MODULE: ./src/scanner/key-material.ts
/**
 * Private-key material in text, found by its armour rather than by a rule set's validation: secretlint's
 * private-key rule reports only PEM blocks whose body decodes like a real key, which leaves encrypted PKCS#8,
 * PuTTY, SSH2 and base64-encoded keys, and keys built from concatenated strings. Only the key's body is taken,
 * never the code around it: a body is base64 lines (with the quotes, `+`, commas and escaped newlines of a
 * string that holds them) and PEM headers, one token a line, so code after a marker is never redacted.
 */
/** Where a key body starts: a PEM or SSH2 armour line, a PuTTY file's private lines. */
const KEY_START = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|---- BEGIN SSH2 (?:ENCRYPTED )?PRIVATE KEY ----|Private-Lines: *\d+|Private-MAC: */g;
/** The pieces a key body is made of; anything else ends it. */
const BODY_PIECE = /(?<newline>\r?\n|(?:\\r)?\\n)|(?<header>(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset|Subject): (?:[^\r\n\\]|\\(?![rn]))*)|(?<token>[A-Za-z0-9+/=_][A-Za-z0-9+/=_-]*)|(?<glue>[ \t'"`+,]+)/y;
/** The END armour that closes a body. */
const ARMOUR_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|---- END SSH2 (?:ENCRYPTED )?PRIVATE KEY ----/g;
/** PEM and SSH2 header lines inside an armoured body. */
const HEADER_LINE = /^[ \t'"`]*(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset|Subject): .*$/gm;
/**
 * What each line of an armoured body may hold: one base64 (or base64url) token, as it is or as a quoted string
 * with its glue. Two words on a line are code.
 */
const BODY_LINE = /^[A-Za-z0-9+/=_-]*$/;
const GLUE_AROUND = /^[\s'"`+,]+|[\s'"`+,]+$/g;
/** Fewer key characters than this between the armour lines is a placeholder ("..."), not a key. */
const MIN_ARMOURED = 16;
/** Where a key body ends. */
const KEY_END = /^(?:-----END |---- END |Private-MAC:)/;
/** Base64 runs long enough to hold an armoured key. */
const BASE64_RUN = /[A-Za-z0-9+/]{40,}={0,2}/g;
/** "-----BEGIN" and "openssh-key-v1" in base64, at each of the three alignments. */
const BASE64_MARKERS = ['LS0tLS1CRUdJT', '0tLS0tQkVHSU4', 'tLS0tLUJFR0lO', 'b3BlbnNzaC1rZXktdjE'];
/** A body shorter than this (in base64 characters) is a placeholder such as "MIIE...", not a key. */
const MIN_BODY = 32;
/** Bounds the work on a hostile file: a key body longer than this is cut into several spans. */
const MAX_BODY = 64 * 1024;
function findKeyMaterial(text) {
    const spans = [];
    for (const m of text.matchAll(KEY_START)) {
        const from = m.index + m[0].length;
        const body = (m[0].startsWith('-') ? armoured(text, from) : undefined) ?? keyBody(text, from);
        if (body)
            spans.push({ ...body, rule: 'private-key' });
    }
    for (const m of text.matchAll(BASE64_RUN)) {
        if (!BASE64_MARKERS.some((marker) => m[0].includes(marker)))
            continue;
        const decoded = Buffer.from(m[0], 'base64').toString('latin1');
        if (!/PRIVATE KEY|openssh-key-v1/.test(decoded))
            continue;
        const rest = keyBody(text, m.index + m[0].length);
        spans.push({ start: m.index, end: rest?.end ?? m.index + m[0].length, rule: 'private-key-base64' });
    }
    return spans;
}
/**
 * Everything between a BEGIN armour and its END, when that holds nothing but what a key body (or a string made
 * of its lines) can: then it is taken whatever its shape, a placeholder-like body such as a test's included.
 * Undefined when there is no END nearby, or code in between (`${encode(key)}`): that is no key.
 */
function armoured(text, from) {
    ARMOUR_END.lastIndex = from;
    const end = ARMOUR_END.exec(text);
    if (!end || end.index - from > MAX_BODY)
        return undefined;
    const between = text.slice(from, end.index).replace(HEADER_LINE, '');
    const lines = between.split(/\r?\n|(?:\\r)?\\n/).map((l) => l.replace(GLUE_AROUND, ''));
    if (!lines.every((l) => BODY_LINE.test(l)))
        return undefined;
    if ((between.match(/[A-Za-z0-9+/]/g)?.length ?? 0) < MIN_ARMOURED)
        return undefined;
    const first = from + /^[\s'"`+,]*/.exec(text.slice(from, end.index))[0].length;
    const last = end.index - /[\s'"`+,]*$/.exec(text.slice(first, end.index))[0].length;
    return last > first ? { start: first, end: last } : undefined;
}
/**
 * The key body from `from`: its first to its last base64 line, or undefined when it holds too little to be a
 * key. A line's token counts once the line ends, inside a string that closes, or at the END armour; a second
 * token on one line (unless a quote separates them: a string concatenation) ends the body, and so does any
 * other character: two words on a line are code, and code is never redacted.
 */
function keyBody(text, from) {
    let start = -1;
    let end = -1;
    let chars = 0;
    /** The token of the current line, not yet counted. */
    let pending;
    let quoted = false;
    const commit = () => {
        if (!pending)
            return;
        if (start < 0)
            start = pending.start;
        end = pending.end;
        chars += pending.end - pending.start;
        pending = undefined;
    };
    const limit = Math.min(text.length, from + MAX_BODY);
    let at = from;
    for (; at < limit; at = BODY_PIECE.lastIndex) {
        BODY_PIECE.lastIndex = at;
        const m = BODY_PIECE.exec(text);
        if (!m)
            break;
        const { newline, token, glue } = m.groups;
        if (newline !== undefined) {
            commit();
            quoted = false;
        }
        else if (glue !== undefined)
            quoted ||= /['"`]/.test(glue);
        else if (token !== undefined) {
            if (pending && !quoted) {
                pending = undefined;
                break;
            }
            commit();
            pending = { start: m.index, end: m.index + token.length };
            quoted = false;
        }
    }
    if (at >= limit || quoted || KEY_END.test(text.slice(at, at + 16)))
        commit();
    return chars >= MIN_BODY ? { start, end } : undefined;
}
/**
 * The text with each span replaced by `[REDACTED:<rule>]` on its first line and nothing on the others: every
 * line break is kept, so line numbers still point at the file's lines.
 */
function redactSpans(text, spans) {
    const merged = mergeSpans(spans);
    if (merged.length === 0)
        return text;
    const parts = [];
    let at = 0;
    for (const s of merged) {
        parts.push(text.slice(at, s.start), `[REDACTED:${s.rule}]`);
        // The line breaks inside the span, nothing else of it.
        parts.push(...(text.slice(s.start, s.end).match(/\r?\n/g) ?? []));
        at = s.end;
    }
    parts.push(text.slice(at));
    return parts.join('');
}
/** Sorted, with overlapping or touching spans joined (the first one's rule names the joined span). */
function mergeSpans(spans) {
    const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const s of sorted) {
        const last = out.at(-1);
        if (last && s.start <= last.end)
            last.end = Math.max(last.end, s.end);
        else
            out.push({ ...s });
    }
    return out;
}
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

;// CONCATENATED MODULE: ./src/scanner/redact-secrets.ts

const RULE_PREFIX = '@secretlint/secretlint-rule-';
/**
 * secretlint-disable comments are a directive of the reviewed content: the content must not decide what is
 * withheld from the model, so that rule is left out. An account id is no secret.
 */
const LEFT_OUT_RULES = new Set([`${RULE_PREFIX}filter-comments`]);
const LEFT_OUT_MESSAGES = new Set(['AWSAccountID']);
/** A value a rule reports is also looked for this far past its range (a rule may report a range too short). */
const VALUE_WINDOW = 256;
let config;
/**
 * secretlint's profiler is on by default and keeps a performance mark per rule and file for the life of the
 * process: over thousands of files that is hundreds of megabytes. It is turned off before the first file.
 */
let profilerOff;
/** The rule set, built once per process. */
function ruleSet() {
    profilerOff ??= __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 806)).then(({ secretLintProfiler }) => secretLintProfiler.setEnabled(false));
    config ??= __webpack_require__.e(/* import() */ 577).then(__webpack_require__.bind(__webpack_require__, 1577)).then(({ rules }) => ({
        rules: rules
            .filter((rule) => !LEFT_OUT_RULES.has(rule.meta.id))
            .map((rule) => ({
            id: rule.meta.id,
            rule,
            // Access key ids too: an id next to its secret is half of the credential.
            options: rule.meta.id === `${RULE_PREFIX}aws` ? { enableIDScanRule: true } : {},
        })),
    }));
    return config;
}
/**
 * An AWS secret access key assigned to its usual name. secretlint's rule ends its pattern with a word boundary,
 * so it misses a key whose last character is `/`, `+` or `=` (about one key in fifty): this finds those too.
 */
const AWS_SECRET_KEY = /(?:aws)?_?secret_?access_?key["'`]?\s*(?:=>|:=|=|:)\s*["'`]?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi;
function findAwsSecretKeys(text) {
    return [...text.matchAll(AWS_SECRET_KEY)].map((m) => {
        const end = m.index + m[0].length;
        return { start: end - 40, end, rule: 'aws' };
    });
}
/** Redacts the secrets in one file's text. */
async function redactSecrets(path, text) {
    const [{ lintSource }, rules] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(707)]).then(__webpack_require__.bind(__webpack_require__, 6707)), ruleSet()]);
    await profilerOff;
    const ext = /\.[^./]+$/.exec(path)?.[0] ?? '';
    const result = await lintSource({
        source: { filePath: path, content: text, ext, contentType: 'text' },
        options: { config: rules, noPhysicFilePath: true },
    });
    const spans = [
        ...result.messages.flatMap((m) => (m.type === 'message' ? messageSpans(m, text) : [])),
        ...findKeyMaterial(text),
        ...findAwsSecretKeys(text),
    ];
    const merged = mergeSpans(spans);
    return {
        content: redactSpans(text, merged),
        secrets: merged.map((s) => ({
            rule: s.rule,
            startLine: lineAt(text, s.start),
            endLine: lineAt(text, Math.max(s.start, s.end - 1)),
        })),
    };
}
/**
 * A message's range, and every place near it where one of the values it reports stands: a rule's range may
 * cover the key name rather than the value (secretlint's AWS secret-key rule does), and the value is what must go.
 */
function messageSpans(m, text) {
    if (LEFT_OUT_MESSAGES.has(m.messageId))
        return [];
    const short = m.ruleId.startsWith(RULE_PREFIX) ? m.ruleId.slice(RULE_PREFIX.length) : m.ruleId;
    const rule = short === 'privatekey' ? 'private-key' : short;
    const [start, end] = m.range;
    const spans = [{ start, end, rule }];
    const values = Object.values(m.data ?? {}).filter((v) => typeof v === 'string' && v.length >= 8);
    const window = text.slice(start, end + VALUE_WINDOW);
    for (const value of values)
        for (let i = window.indexOf(value); i !== -1; i = window.indexOf(value, i + value.length))
            spans.push({ start: start + i, end: start + i + value.length, rule });
    return spans;
}


/***/ })

};
