/**
 * Which compliance controls a weakness (a CWE) falls under: the model names the CWE, this table names the
 * controls, so no report carries a control id a model made up. Static and versioned: a change to it is a
 * change to CWE_TABLE_VERSION and to docs/findings.md.
 *
 * Sources:
 * - OWASP Top 10 2021 and 2025, the "List of Mapped CWEs" of each category, copied as published (a test pins
 *   some of them): https://owasp.org/Top10/2021/ and https://owasp.org/Top10/2025/ (one page per category,
 *   such as https://owasp.org/Top10/2025/A01_2025-Broken_Access_Control/), whose source is the OWASP/Top10
 *   repository, folders 2021/docs/en/ and 2025/docs/en/, as of commit 66ebc4798d2ca72973967a20264bdeb70dcf0a13
 *   (https://github.com/OWASP/Top10/tree/66ebc4798d2ca72973967a20264bdeb70dcf0a13). Each 2025 list has as
 *   many CWEs as its page's "CWEs Mapped" figure. The 2021 A02 page lists CWE-259 although its figure says 29
 *   CWEs (CWE-259 is also in A07): kept in both, as listed. MITRE's categories (view 1344 for 2021, 1436 to
 *   1445 for 2025) follow the same lists, but MITRE's 2025 ones were made from a release candidate.
 * - PCI DSS v4.0.1 (https://www.pcisecuritystandards.org/document_library/): requirement 6.2.4 (software
 *   engineering techniques that prevent common software attacks: injection, attacks on data and data
 *   structures, on cryptography, on business logic, on access control), 6.3.3 (known vulnerabilities
 *   patched), 8.3.2 (authentication factors unreadable in transit and in storage), 8.6.2 (no passwords of
 *   application or system accounts hard-coded in scripts, configuration or source code), 4.2.1 (strong
 *   cryptography for PAN in transit), 3.5.1 (PAN unreadable wherever stored), 10.2.1 (audit logs enabled).
 * - SOC 2, the AICPA 2017 Trust Services Criteria (revised points of focus 2022): CC6.1 (logical access
 *   security), CC6.6 (protection against threats from outside the system boundaries), CC6.7 (restricting and
 *   protecting data in transmission), CC7.1 (detection of configuration changes and new vulnerabilities),
 *   CC7.2 (monitoring for anomalies), CC8.1 (change management). The AICPA's text itself could not be
 *   checked: these ids and titles were checked against summaries of it only.
 * - HIPAA Security Rule, 45 CFR 164.312, technical safeguards
 *   (https://www.ecfr.gov/current/title-45/part-164/section-164.312):
 *   (a)(1) access control, (a)(2)(iv) encryption and decryption, (b) audit controls, (c)(1) integrity,
 *   (d) person or entity authentication, (e)(1) transmission security.
 * - GDPR, Regulation (EU) 2016/679 (https://eur-lex.europa.eu/eli/reg/2016/679/oj): Art. 32 (security of
 *   processing), Art. 25 (data protection by design and by default).
 * The PCI DSS, HIPAA and GDPR ids above were checked against the text of each requirement (PCI DSS as quoted
 * requirement by requirement by reference sites), paragraph and article; which control a weakness breaks is this table's judgement, not a published mapping:
 * the frameworks are mapped per OWASP 2021 category (the controls that category's weaknesses break), with the
 * per-CWE additions in EXTRA.
 */
import type { Framework } from '../config/config.js';

export const CWE_TABLE_VERSION = '2026-12.1';

interface Category {
  id: string;
  name: string;
  cwes: readonly number[];
}

/** OWASP Top 10 2021: https://owasp.org/Top10/2021/, each category's "List of Mapped CWEs". */
const OWASP_2021: readonly Category[] = [
  {
    id: 'A01:2021',
    name: 'Broken Access Control',
    cwes: [
      22, 23, 35, 59, 200, 201, 219, 264, 275, 276, 284, 285, 352, 359, 377, 402, 425, 441, 497, 538, 540,
      548, 552, 566, 601, 639, 651, 668, 706, 862, 863, 913, 922, 1275,
    ],
  },
  {
    id: 'A02:2021',
    name: 'Cryptographic Failures',
    cwes: [
      259, 261, 296, 310, 319, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 335, 336, 337, 338, 340,
      347, 523, 720, 757, 759, 760, 780, 818, 916,
    ],
  },
  {
    id: 'A03:2021',
    name: 'Injection',
    cwes: [
      20, 74, 75, 77, 78, 79, 80, 83, 87, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 100, 113, 116, 138, 184,
      470, 471, 564, 610, 643, 644, 652, 917,
    ],
  },
  {
    id: 'A04:2021',
    name: 'Insecure Design',
    cwes: [
      73, 183, 209, 213, 235, 256, 257, 266, 269, 280, 311, 312, 313, 316, 419, 430, 434, 444, 451, 472, 501,
      522, 525, 539, 579, 598, 602, 642, 646, 650, 653, 656, 657, 799, 807, 840, 841, 927, 1021, 1173,
    ],
  },
  {
    id: 'A05:2021',
    name: 'Security Misconfiguration',
    cwes: [2, 11, 13, 15, 16, 260, 315, 520, 526, 537, 541, 547, 611, 614, 756, 776, 942, 1004, 1032, 1174],
  },
  { id: 'A06:2021', name: 'Vulnerable and Outdated Components', cwes: [937, 1035, 1104] },
  {
    id: 'A07:2021',
    name: 'Identification and Authentication Failures',
    cwes: [
      255, 259, 287, 288, 290, 294, 295, 297, 300, 302, 304, 306, 307, 346, 384, 521, 613, 620, 640, 798, 940,
      1216,
    ],
  },
  {
    id: 'A08:2021',
    name: 'Software and Data Integrity Failures',
    cwes: [345, 353, 426, 494, 502, 565, 784, 829, 830, 915],
  },
  { id: 'A09:2021', name: 'Security Logging and Monitoring Failures', cwes: [117, 223, 532, 778] },
  { id: 'A10:2021', name: 'Server-Side Request Forgery', cwes: [918] },
];

/**
 * OWASP Top 10 2025: https://owasp.org/Top10/2025/, each category's "List of Mapped CWEs". SSRF joined Broken
 * Access Control (with CWE-732, incorrect permissions); Security Misconfiguration moved up to A02; Software
 * Supply Chain Failures replaced Vulnerable Components; the new A10 takes error handling and failing open.
 */
const OWASP_2025: readonly Category[] = [
  {
    id: 'A01:2025',
    name: 'Broken Access Control',
    cwes: [
      22, 23, 36, 59, 61, 65, 200, 201, 219, 276, 281, 282, 283, 284, 285, 352, 359, 377, 379, 402, 424, 425,
      441, 497, 538, 540, 548, 552, 566, 601, 615, 639, 668, 732, 749, 862, 863, 918, 922, 1275,
    ],
  },
  {
    id: 'A02:2025',
    name: 'Security Misconfiguration',
    cwes: [5, 11, 13, 15, 16, 260, 315, 489, 526, 547, 611, 614, 776, 942, 1004, 1174],
  },
  { id: 'A03:2025', name: 'Software Supply Chain Failures', cwes: [447, 1035, 1104, 1329, 1357, 1395] },
  {
    id: 'A04:2025',
    name: 'Cryptographic Failures',
    cwes: [
      261, 296, 319, 320, 321, 322, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 334, 335, 336, 337, 338,
      340, 342, 347, 523, 757, 759, 760, 780, 916, 1240, 1241,
    ],
  },
  {
    id: 'A05:2025',
    name: 'Injection',
    cwes: [
      20, 74, 76, 77, 78, 79, 80, 83, 86, 88, 89, 90, 91, 93, 94, 95, 96, 97, 98, 99, 103, 104, 112, 113, 114,
      115, 116, 129, 159, 470, 493, 500, 564, 610, 643, 644, 917,
    ],
  },
  {
    id: 'A06:2025',
    name: 'Insecure Design',
    cwes: [
      73, 183, 256, 266, 269, 286, 311, 312, 313, 316, 362, 382, 419, 434, 436, 444, 451, 454, 472, 501, 522,
      525, 539, 598, 602, 628, 642, 646, 653, 656, 657, 676, 693, 799, 807, 841, 1021, 1022, 1125,
    ],
  },
  {
    id: 'A07:2025',
    name: 'Authentication Failures',
    cwes: [
      258, 259, 287, 288, 289, 290, 291, 293, 294, 295, 297, 298, 299, 300, 302, 303, 304, 305, 306, 307, 308,
      309, 346, 350, 384, 521, 613, 620, 640, 798, 940, 941, 1390, 1391, 1392, 1393,
    ],
  },
  {
    id: 'A08:2025',
    name: 'Software or Data Integrity Failures',
    cwes: [345, 353, 426, 427, 494, 502, 506, 509, 565, 784, 829, 830, 915, 926],
  },
  { id: 'A09:2025', name: 'Security Logging and Alerting Failures', cwes: [117, 221, 223, 532, 778] },
  {
    id: 'A10:2025',
    name: 'Mishandling of Exceptional Conditions',
    cwes: [
      209, 215, 234, 235, 248, 252, 274, 280, 369, 390, 391, 394, 396, 397, 460, 476, 478, 484, 550, 636, 703,
      754, 755, 756,
    ],
  },
];

/**
 * Weaknesses the published lists leave out that the checklist asks for, placed in the category whose kind
 * they are: prototype pollution and template injection are injection; a too-broad permission (CWE-732) is
 * broken access control, as the 2025 list itself has it. Marked here so the published lists above stay as
 * published; a year a CWE is published in is never overridden.
 */
const ADDED: Record<number, { 2021?: string; 2025?: string }> = {
  1321: { 2021: 'A03:2021', 2025: 'A05:2025' },
  1336: { 2021: 'A03:2021', 2025: 'A05:2025' },
  732: { 2021: 'A01:2021' },
};

/** The controls each OWASP 2021 category's weaknesses break, per framework. */
const BY_CATEGORY: Record<string, Partial<Record<Framework, readonly string[]>>> = {
  'A01:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.1'], hipaa: ['164.312(a)(1)'], gdpr: ['Art. 32'] },
  'A02:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.1'], hipaa: ['164.312(a)(2)(iv)'], gdpr: ['Art. 32'] },
  'A03:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.6'], hipaa: ['164.312(c)(1)'], gdpr: ['Art. 32'] },
  'A04:2021': {
    'pci-dss': ['6.2.4'],
    soc2: ['CC8.1'],
    hipaa: ['164.312(c)(1)'],
    gdpr: ['Art. 25', 'Art. 32'],
  },
  'A05:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC7.1'], hipaa: ['164.312(a)(1)'], gdpr: ['Art. 32'] },
  'A06:2021': { 'pci-dss': ['6.3.3'], soc2: ['CC7.1'], gdpr: ['Art. 32'] },
  'A07:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.1'], hipaa: ['164.312(d)'], gdpr: ['Art. 32'] },
  'A08:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC8.1'], hipaa: ['164.312(c)(1)'], gdpr: ['Art. 32'] },
  'A09:2021': { 'pci-dss': ['10.2.1'], soc2: ['CC7.2'], hipaa: ['164.312(b)'], gdpr: ['Art. 32'] },
  'A10:2021': { 'pci-dss': ['6.2.4'], soc2: ['CC6.6'], hipaa: ['164.312(a)(1)'], gdpr: ['Art. 32'] },
};

/** Controls a weakness breaks beyond its category's. */
const EXTRA: Record<number, Partial<Record<Framework, readonly string[]>>> = {
  798: { 'pci-dss': ['8.6.2'], hipaa: ['164.312(a)(1)'] },
  259: { 'pci-dss': ['8.6.2'] },
  321: { 'pci-dss': ['8.6.2', '3.5.1'] },
  319: { 'pci-dss': ['4.2.1'], soc2: ['CC6.7'], hipaa: ['164.312(e)(1)'] },
  295: { 'pci-dss': ['4.2.1'], soc2: ['CC6.7'], hipaa: ['164.312(e)(1)'] },
  311: { 'pci-dss': ['3.5.1'], hipaa: ['164.312(a)(2)(iv)'] },
  312: { 'pci-dss': ['3.5.1'], hipaa: ['164.312(a)(2)(iv)'] },
  916: { 'pci-dss': ['8.3.2'] },
  200: { gdpr: ['Art. 25'] },
  359: { gdpr: ['Art. 25'] },
  532: { gdpr: ['Art. 25'], hipaa: ['164.312(b)'] },
  209: { 'pci-dss': ['6.2.4'], soc2: ['CC7.1'], gdpr: ['Art. 32'] },
  1427: { 'pci-dss': ['6.2.4'], soc2: ['CC8.1'], gdpr: ['Art. 32'] },
};

/** One control a finding falls under: its framework, and the control (OWASP: the category, with its year). */
export interface ComplianceTag {
  framework: Framework;
  control: string;
  /** The control's name where it has one (an OWASP category's). */
  name?: string;
}

const FRAMEWORK_ORDER: readonly Framework[] = ['owasp-top-10', 'pci-dss', 'soc2', 'hipaa', 'gdpr'];

/** The controls the CWE falls under, in every framework, OWASP 2021 then 2025 first; none for an unknown CWE. */
export function complianceFor(cwe: string | undefined): ComplianceTag[] {
  const n = Number(/^CWE-(\d+)$/.exec(cwe ?? '')?.[1] ?? NaN);
  if (!Number.isInteger(n)) return [];
  const tags: ComplianceTag[] = [];
  const controls = new Map<Framework, Set<string>>();
  const add = (framework: Framework, list: readonly string[] | undefined) => {
    for (const control of list ?? []) {
      const set = controls.get(framework) ?? new Set();
      set.add(control);
      controls.set(framework, set);
    }
  };
  const in2021 = categoriesOf(OWASP_2021, n, ADDED[n]?.[2021]);
  const in2025 = categoriesOf(OWASP_2025, n, ADDED[n]?.[2025]);
  for (const c of [...in2021, ...in2025])
    tags.push({ framework: 'owasp-top-10', control: c.id, name: c.name });
  const rows = [...in2021.map((c) => BY_CATEGORY[c.id]), EXTRA[n]];
  // A weakness in OWASP 2025 only (such as error handling) still breaks the general software controls.
  if (!in2021.length && in2025.length) rows.push(BY_CATEGORY['A05:2021']);
  for (const row of rows) for (const f of FRAMEWORK_ORDER) if (f !== 'owasp-top-10') add(f, row?.[f]);
  for (const f of FRAMEWORK_ORDER)
    for (const control of controls.get(f) ?? []) tags.push({ framework: f, control });
  return tags;
}

/** The categories that list the CWE (one, but CWE-259 is in two of 2021's), or the one it was added to. */
function categoriesOf(table: readonly Category[], cwe: number, added: string | undefined): Category[] {
  const listed = table.filter((c) => c.cwes.includes(cwe));
  return listed.length || !added ? listed : table.filter((c) => c.id === added);
}

/** The CWEs the table maps (for the tests and the docs). */
export function mappedCwes(): number[] {
  const all = new Set([...OWASP_2021, ...OWASP_2025].flatMap((c) => c.cwes));
  for (const n of [...Object.keys(EXTRA), ...Object.keys(ADDED)]) all.add(Number(n));
  return [...all].sort((a, b) => a - b);
}

/** How a tag reads: "OWASP A03:2021 Injection", "PCI DSS 6.2.4", "SOC 2 CC6.1", "HIPAA 164.312(b)", "GDPR Art. 32". */
export function tagLabel(t: ComplianceTag): string {
  const prefix = {
    'owasp-top-10': 'OWASP',
    'pci-dss': 'PCI DSS',
    soc2: 'SOC 2',
    hipaa: 'HIPAA',
    gdpr: 'GDPR',
  }[t.framework];
  return `${prefix} ${t.control}${t.name ? ` ${t.name}` : ''}`;
}

/** The tags in one short line, grouped by framework: "OWASP A03:2021, A05:2025 · PCI DSS 6.2.4". */
export function complianceText(tags: readonly ComplianceTag[]): string {
  const groups = new Map<string, string[]>();
  for (const t of tags) {
    const prefix = tagLabel({ framework: t.framework, control: '' }).trim();
    groups.set(prefix, [...(groups.get(prefix) ?? []), t.control]);
  }
  return [...groups].map(([prefix, controls]) => `${prefix} ${controls.join(', ')}`).join(' · ');
}

/** The tag as SARIF and machines read it: "owasp-top-10/A03:2021", "pci-dss/6.2.4". */
export function tagId(t: ComplianceTag): string {
  return `${t.framework}/${t.control}`;
}
