/**
 * What happens when things go wrong: every fault the scanner is tested against, in one list. Each entry says what
 * happens, what the user sees, how the step ends and what the cache holds afterwards, and names the test that
 * proves it (faults.test.ts runs the entries marked for it; the others point at a test elsewhere, which a test
 * checks exists). docs/what-happens-when.md is rendered from this list (renderWhatHappensWhen, checked by
 * __tests__/unit/what-happens-when.test.ts; `node --import tsx scripts/dev/what-happens-when.ts` rewrites it).
 */

export type Area =
  'S3 cache' | 'AWS sign-in' | 'Bedrock' | 'GitHub' | 'CloudWatch' | 'The job' | 'Pull requests' | 'Inputs';

/** How the step ends: the exit status and the conclusion the check and the outputs carry. */
export type Step =
  | 'passes'
  | 'neutral' // exit 0 with a warning: an incomplete scan is never green; on a pull request the gate fails it
  | 'gate' // a pull request left with a file unreviewed: exit 1, the check concludes failure
  | 'fails' // exit 1: the scan could not run, or the configuration is wrong
  | 'findings'; // the findings decide (fail-on-severity), as on a good day

export const STEP_TEXT: Record<Step, string> = {
  passes: 'passes',
  neutral: 'passes with a warning (neutral, never green); fails on a pull request',
  gate: 'fails (exit 1, check `failure`), naming each file left unreviewed',
  fails: 'fails (exit 1)',
  findings: 'as the findings decide',
};

export interface Fault {
  id: string;
  area: Area;
  /** What happens. */
  when: string;
  /** What the user sees: the warning or error line, the summary. */
  sees: string;
  step: Step;
  /** What the cache holds afterwards. */
  cache: string;
  /** The test that proves it: a file under __tests__ and (part of) its title. */
  test: { file: string; title: string };
}

const HERE = '__tests__/e2e/faults.test.ts';
const ATTACKS_SECRETS = '__tests__/e2e/attacks-secrets.test.ts';
const ATTACKS_CONTENT_SKIPS = '__tests__/e2e/attacks-content-skips.test.ts';
const here = (id: string) => ({ file: HERE, title: id });
const GATE = '__tests__/e2e/attacks-gate.test.ts';

export const FAULTS: readonly Fault[] = [
  // S3 cache
  {
    id: 's3-down',
    area: 'S3 cache',
    when: 'S3 cannot be reached (connection refused)',
    sees: 'A warning "Cache backend unavailable … S3 could not be reached"; the GitHub Actions cache serves instead.',
    step: 'findings',
    cache: 'Saved to the Actions cache; the next run is all hits. S3 is untouched.',
    test: here('s3-down'),
  },
  {
    id: 's3-denied-read',
    area: 'S3 cache',
    when: 'S3 refuses to read the cache (403)',
    sees: 'A warning "S3 denied reading s3://… (403 AccessDenied): check the role\'s s3:GetObject permission"; the Actions cache serves.',
    step: 'findings',
    cache: 'Saved to the Actions cache; nothing reaches the refusing bucket.',
    test: { file: '__tests__/e2e/cache-persistence.test.ts', title: 'S3 denied (403)' },
  },
  {
    id: 's3-denied-write',
    area: 'S3 cache',
    when: 'S3 reads but refuses the write (403 on PutObject)',
    sees: 'A warning "The scan cache could not be saved (S3 denied writing … check the role\'s s3:PutObject permission …)"; the results are reported in full.',
    step: 'findings',
    cache:
      "The object is unchanged (no entry lost); this run's results are not cached, so the next run rescans them.",
    test: here('s3-denied-write'),
  },
  {
    id: 's3-slow',
    area: 'S3 cache',
    when: 'S3 answers slower than the 10 s request timeout',
    sees: 'A warning "S3 did not answer in time when reading s3://…" after three attempts (about 30 s); the Actions cache serves.',
    step: 'findings',
    cache: 'Saved to the Actions cache; S3 is not written.',
    test: here('s3-slow'),
  },
  {
    id: 's3-corrupt',
    area: 'S3 cache',
    when: 'The cache object is not JSON',
    sees: 'A warning "The cache at s3://… is unreadable (not valid JSON): starting cold; it will be replaced"; every file is scanned.',
    step: 'findings',
    cache:
      "Replaced by a valid document holding every file scanned (a conditional write on the broken object's ETag).",
    test: here('s3-corrupt'),
  },
  {
    id: 's3-truncated-gzip',
    area: 'S3 cache',
    when: 'The cache object is a truncated gzip stream',
    sees: 'A warning "… is unreadable (not valid gzip (unexpected end of file)): starting cold; it will be replaced".',
    step: 'findings',
    cache: 'Replaced by a valid document holding every file scanned.',
    test: here('s3-truncated-gzip'),
  },
  {
    id: 's3-newer-version',
    area: 'S3 cache',
    when: "The cache object is a newer scanner's document (version 2)",
    sees: 'A warning "… is unreadable (unknown document version 2 (expected 1)): starting cold; it was written by a newer version of the scanner and is left as is".',
    step: 'findings',
    cache:
      "Left byte for byte as it was (the newer scanner keeps its cache); this run's results are not cached.",
    test: here('s3-newer-version'),
  },
  {
    id: 's3-older-version',
    area: 'S3 cache',
    when: 'The cache object is an older document (version 0)',
    sees: 'A warning "… is unreadable (unknown document version 0 (expected 1)): starting cold; it will be replaced".',
    step: 'findings',
    cache: 'Replaced by a version 1 document holding every file scanned.',
    test: here('s3-older-version'),
  },
  {
    id: 's3-50mb',
    area: 'S3 cache',
    when: 'The cache object is 50 MB (gzip)',
    sees: "Nothing unusual: it is read (the limit is 64 MiB compressed, 256 MiB unpacked) and the run's memory stays bounded.",
    step: 'findings',
    cache: "Rewritten compact: the entries it held, plus this run's.",
    test: here('s3-50mb'),
  },
  {
    id: 's3-too-large',
    area: 'S3 cache',
    when: 'The cache object is over 64 MiB',
    sees: 'A warning "… is unreadable (larger than 64 MiB): starting cold; it will be replaced"; it is not downloaded.',
    step: 'findings',
    cache: "Replaced by a document holding this run's results.",
    test: { file: '__tests__/unit/s3-store.test.ts', title: 'refuses to read an object over' },
  },
  // AWS sign-in
  {
    id: 'sts-refused',
    area: 'AWS sign-in',
    when: 'STS refuses to let the run assume role-to-assume',
    sees: 'An error "STS refused to let this run assume arn:… (AccessDenied: …). Check the role\'s trust policy: … a sub condition that accepts the job\'s token, whose sub is "<the token\'s sub>": "repo:<owner>/<repo>:<rest>" (name form) or "repo:<owner>@<owner id>/<repo>@<repo id>:<rest>" (immutable-id form)", pointing to scripts/setup-s3-cache.sh and docs/aws-setup.md.',
    step: 'fails',
    cache: 'Untouched: no S3, Bedrock or Actions cache request is made.',
    test: here('sts-refused'),
  },
  {
    id: 'oidc-failing',
    area: 'AWS sign-in',
    when: "The runner's OIDC token endpoint fails (500)",
    sees: 'An error "The scan failed: Could not get the job\'s OIDC token for sts.amazonaws.com: …".',
    step: 'fails',
    cache: 'Untouched: no STS, S3 or Bedrock request is made.',
    test: here('oidc-failing'),
  },
  {
    id: 'oidc-not-permitted',
    area: 'AWS sign-in',
    when: 'role-to-assume is set but the job has no `id-token: write`',
    sees: 'An error "… cannot request an OIDC token …: add `permissions: id-token: write` to the workflow or the job".',
    step: 'fails',
    cache: 'Untouched: no request is made.',
    test: here('oidc-not-permitted'),
  },
  {
    id: 'no-aws-credentials',
    area: 'AWS sign-in',
    when: 'No AWS credentials at all (no role-to-assume, no profile, no keys)',
    sees: 'One error "The scan could not run: No AWS credentials were found to call Bedrock: in GitHub Actions set role-to-assume …; elsewhere set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or sign in with `aws sso login`"; each file is listed once as "not reviewed: the scan could not run"; "AI calls: 0".',
    step: 'fails',
    cache: 'No cache file is created and nothing is written.',
    test: { file: '__tests__/e2e/setup-errors.test.ts', title: 'missing AWS credentials' },
  },
  {
    id: 'fork-no-oidc',
    area: 'AWS sign-in',
    when: 'A pull request from a fork (GitHub gives it no OIDC token)',
    sees: 'A warning that the fork cannot assume the role and that a maintainer starts the review with the ai-scan label (a pull_request_target run, docs/fork-pull-requests.md); cached results still count; the other changed files are named as not reviewed.',
    step: 'neutral',
    cache: 'Read from the fallback backend; nothing is written to S3.',
    test: {
      file: '__tests__/e2e/cache-persistence.test.ts',
      title: "a fork's pull request gets no OIDC token",
    },
  },
  {
    id: 'fork-no-aws-settings',
    area: 'AWS sign-in',
    when: "A pull request from a fork, where GitHub passes none of the repository's variables (no role, no region)",
    sees: 'A warning that the fork has no AWS settings and that a maintainer starts the review with the ai-scan label; each changed file is named as not reviewed.',
    step: 'neutral',
    cache: 'Nothing is written; no AWS request is made.',
    test: here('fork-no-aws-settings'),
  },
  {
    id: 'committed-local-cache',
    area: 'S3 cache',
    when: 'A pull request commits a .file_hash_cache.json that marks its files as scanned clean (cache-backend: local, or the CLI)',
    sees: 'A warning that the cache file is tracked by git and is not read (with the git rm --cached fix); every selected file goes to the model.',
    step: 'findings',
    cache: 'The committed file is neither read nor rewritten: the run keeps no cache.',
    test: {
      file: '__tests__/e2e/attacks-trust.test.ts',
      title: 'a committed .file_hash_cache.json marking a backdoor clean is not read by the action',
    },
  },
  {
    id: 'cancelled-push',
    area: 'S3 cache',
    when: "The run of a push to the default branch was cancelled, or did not finish, before the next push's run",
    sees: "The next push's log says it compares with the last commit scanned completely, before its own before: the earlier push's changes are reviewed too.",
    step: 'findings',
    cache: 'Only a run that reviewed everything it selected records its commit as scanned completely.',
    test: {
      file: '__tests__/e2e/attacks-trust.test.ts',
      title: 'a push whose run never ran, or did not finish, is reviewed by the next push',
    },
  },
  {
    id: 'untrusted-run-reads-only',
    area: 'S3 cache',
    when: 'A workflow_run, issue_comment or other event, a branch that is not the default one, a Jenkins branch not named by DEFAULT_BRANCH, or a CI the scanner cannot identify',
    sees: "The summary's scope line says why the run reads the repository cache and writes nothing.",
    step: 'findings',
    cache: 'The repository object is read, never written (pull requests write only pr/<number>).',
    test: {
      file: '__tests__/e2e/attacks-trust.test.ts',
      title: 'pull-request builds and unknown CIs never write the repository object',
    },
  },
  // Bedrock
  {
    id: 'bedrock-throttle-storm',
    area: 'Bedrock',
    when: 'Bedrock throttles two calls in three (429 ThrottlingException)',
    sees: 'Retries with backoff and a lower concurrency; the summary says how many calls were retried.',
    step: 'findings',
    cache: 'Every file scanned and cached.',
    test: here('bedrock-throttle-storm'),
  },
  {
    id: 'bedrock-500-transient',
    area: 'Bedrock',
    when: 'Bedrock fails a few calls with 500 InternalServerException',
    sees: 'Nothing but retries in the log.',
    step: 'findings',
    cache: 'Every file scanned and cached.',
    test: here('bedrock-500-transient'),
  },
  {
    id: 'bedrock-500-persistent',
    area: 'Bedrock',
    when: 'Bedrock keeps failing the call for one file with 500',
    sees: 'A warning "… 1 file(s) not scanned (the model kept failing: InternalServerException: …)"; the file is listed as not scanned.',
    step: 'neutral',
    cache: 'Every other file cached; the failed one is not, so the next run retries it.',
    test: here('bedrock-500-persistent'),
  },
  {
    id: 'bedrock-model-timeout',
    area: 'Bedrock',
    when: 'A call ends in ModelTimeoutException (408)',
    sees: 'It is retried; the summary says a call was retried.',
    step: 'findings',
    cache: 'Every file scanned and cached.',
    test: here('bedrock-model-timeout'),
  },
  {
    id: 'bedrock-access-denied',
    area: 'Bedrock',
    when: 'The model is not enabled for the account (AccessDeniedException)',
    sees: 'An error "The scan could not run: AccessDeniedException: You don\'t have access to the model … (is access to this model enabled in the Bedrock console for this account and region, …?)"; never "0 findings". No further call starts.',
    step: 'fails',
    cache: 'No entry is added.',
    test: here('bedrock-access-denied'),
  },
  {
    id: 'bedrock-invalid-model',
    area: 'Bedrock',
    when: 'The model id is not one Bedrock knows in the region (ValidationException "The provided model identifier is invalid", or ResourceNotFoundException)',
    sees: 'An error "The scan could not run: Bedrock does not know model-id … in <region>: set model-id to a model or inference profile id offered in <region> …"; no further call starts.',
    step: 'fails',
    cache: 'No entry is added, and no cache file is created.',
    test: here('bedrock-invalid-model'),
  },
  {
    id: 'bedrock-inference-profile',
    area: 'Bedrock',
    when: 'The model can only be called through an inference profile (ValidationException "… with on-demand throughput isn\'t supported")',
    sees: 'An error "The scan could not run: model-id … cannot be called directly in <region>: use an inference profile id …, such as us.<model> or global.<model>"; no further call starts.',
    step: 'fails',
    cache: 'No entry is added, and no cache file is created.',
    test: { file: '__tests__/e2e/setup-errors.test.ts', title: 'a model id that needs an inference profile' },
  },
  {
    id: 'bedrock-validation',
    area: 'Bedrock',
    when: 'Bedrock refuses one file even in small chunks (ValidationException: input too long)',
    sees: 'The packed request is split, then the file is cut into smaller overlapping chunks down to 2,000 characters; still refused, it ends listed as not scanned ("too large for the model even in small chunks"); a warning.',
    step: 'neutral',
    cache: 'Every other file cached; that one is not.',
    test: here('bedrock-validation'),
  },
  {
    id: 'large-file-blank-lines',
    area: 'Bedrock',
    when: 'A file is a few lines of code padded with hundreds of kilobytes of blank or repeated lines',
    sees: 'Each run of blank or repeated lines is sent as one line ("[lines 5-250005 blank]"): the request grows with the code, not the line count, and the code reaches the model at its real line numbers.',
    step: 'findings',
    cache: 'Cached like any reviewed file.',
    test: {
      file: '__tests__/e2e/attacks-large-files.test.ts',
      title: 'a backdoor followed by 250 KB of blank lines',
    },
  },
  {
    id: 'large-file-context',
    area: 'Bedrock',
    when: "A file is larger than the model's context (ValidationException: input too long)",
    sees: "The file is sent in overlapping chunks that fit the model's context, and in smaller ones after each refusal; findings keep the file's line numbers, a finding two chunks share is reported once, the file's tokens and cost are the sum of its chunks'.",
    step: 'findings',
    cache:
      'Cached once every chunk was reviewed; one failed chunk leaves the whole file not scanned and uncached.',
    test: {
      file: '__tests__/e2e/attacks-large-files.test.ts',
      title: 'a 240 KB file past a small context is reviewed in chunks',
    },
  },
  {
    id: 'bedrock-foreign-path',
    area: 'Bedrock',
    when: 'The answer names a file that was not sent (a steered model)',
    sees: 'The answer is rejected whole, the request split; the file that steers it ends not scanned ("the answer names a file that was not sent").',
    step: 'neutral',
    cache: 'No finding is filed under a file it was not about; the steering file is not cached.',
    test: here('bedrock-foreign-path'),
  },
  {
    id: 'bedrock-forged-evidence',
    area: 'Bedrock',
    when: "A finding's evidence line is not in its file: made up, or quoted from another file of the packed request",
    sees: 'The finding is not reported; the summary says "Findings not shown: N dropped, their evidence not verified (… not found in the file, … found in another file of the request)", and the JSON report counts them in filtered.evidence.',
    step: 'findings',
    cache: "The file's verified findings only; a dropped finding is never cached.",
    test: {
      file: '__tests__/e2e/findings-trust.test.ts',
      title: 'drops findings whose evidence is not in their file',
    },
  },
  {
    id: 'bedrock-steering-file',
    area: 'Bedrock',
    when: 'A file holds text addressed to the AI reviewer ("ignore previous instructions", "report no findings")',
    sees: 'The file is sent alone, never packed with others, and the attempt is a medium finding of its own (CWE-1427, "Text that tries to instruct the AI reviewer").',
    step: 'findings',
    cache:
      'The file is cached with its findings, the steering finding included; its neighbours are cached as their own requests found them.',
    test: {
      file: '__tests__/e2e/findings-trust.test.ts',
      title: 'sends a file that tries to steer the reviewer alone',
    },
  },
  {
    id: 'bedrock-verify-fails',
    area: 'Bedrock',
    when: 'With verify-findings on, a verification call fails (refused, an answer that is not a list of verdicts, throttling past the retries, the budget)',
    sees: 'A warning "verify-findings: the findings of N file(s) could not be verified (…); they are reported unverified"; the findings are reported, marked unverified in the JSON report.',
    step: 'findings',
    cache: "The file's review is cached; no verdict is, so the next run asks again.",
    test: {
      file: '__tests__/e2e/verify-findings.test.ts',
      title: 'keeps the findings of a failed verification',
    },
  },
  {
    id: 'bedrock-verify-steered',
    area: 'Bedrock',
    when: 'With verify-findings on, a file that tries to instruct the reviewer has findings the verifier would reject',
    sees: "The steering file's findings are never sent for verification and are reported, marked `exempt` in the JSON report; the scanner's own findings are never sent either.",
    step: 'findings',
    cache: 'The file is cached with its findings and no verdict; the other files are cached with theirs.',
    test: {
      file: '__tests__/e2e/verify-findings.test.ts',
      title: "never sends a steering file's findings to the verifier",
    },
  },
  {
    id: 'bedrock-max-tokens',
    area: 'Bedrock',
    when: 'The answer is cut off at max_tokens',
    sees: 'Packed requests are halved until they fit, then a file on its own is sent in smaller chunks; one that overflows even in 2,000-character chunks is not scanned ("cut off at the output token limit").',
    step: 'neutral',
    cache: 'Every file that fit is cached; the overflowing one is not.',
    test: here('bedrock-max-tokens'),
  },
  {
    id: 'bedrock-schema',
    area: 'Bedrock',
    when: 'The tool answer fails the findings schema',
    sees: 'The file is listed as not scanned ("the answer does not match the findings schema"); a warning.',
    step: 'neutral',
    cache: 'The file is not cached.',
    test: { file: '__tests__/e2e/action.test.ts', title: 'leaves a malformed answer unscanned and uncached' },
  },
  {
    id: 'batch-submitted',
    area: 'Bedrock',
    when: 'A `schedule` or `workflow_dispatch` full scan has 100 or more misses and `batch-role-arn` is set',
    sees: 'No model call: the log names the Bedrock batch job and the expected saving; the summary lists the files as "queued in Bedrock batch job … (submitted)" and its Bedrock batch section gives the job, its records, files and expected cost against live calls (the JSON report: batch.jobs); a warning.',
    step: 'neutral',
    cache: 'The job is recorded in the repository object; its files are cached when a later run collects it.',
    test: {
      file: '__tests__/e2e/batch.test.ts',
      title: 'hands the misses of a workflow_dispatch full scan to one job',
    },
  },
  {
    id: 'batch-records-failed',
    area: 'Bedrock',
    when: 'A finished batch job has records that failed, are missing, or name a file their record did not hold',
    sees: 'The log names each such record and why; its files are reviewed by live calls in the same run.',
    step: 'findings',
    cache:
      'Valid answers cached at the batch price (half on-demand), the others after their live review; the job record is dropped.',
    test: {
      file: '__tests__/e2e/batch.test.ts',
      title: 'collects the finished job on the next run',
    },
  },
  {
    id: 'batch-job-over',
    area: 'Bedrock',
    when: 'A batch job failed, expired (not run within 24 hours) or was stopped, or is still running',
    sees: 'Over: a warning "Bedrock batch job … ended Expired: its files go back to live calls". Running: a scheduled run lists its files as waiting; any other run scans them live.',
    step: 'findings',
    cache: 'An ended job is dropped from the repository object; a running one stays recorded.',
    test: {
      file: '__tests__/unit/batch.test.ts',
      title: 'holds back the files of a running job on a scheduled run only, and drops failed jobs',
    },
  },
  {
    id: 'batch-job-unrecorded',
    area: 'Bedrock',
    when: 'The cache save fails after a batch job was created (S3 refuses the write, other runs keep writing the object)',
    sees: 'The save is tried once more; when it fails again, a warning "Bedrock batch job … was created but could not be recorded in the cache …: it runs and is billed …, and no later run will collect it. Stop it with: aws bedrock stop-model-invocation-job --job-identifier …", and the batch section says NOT recorded.',
    step: 'neutral',
    cache: 'Unchanged; the next scheduled run scans the files again (live, or in a new job).',
    test: {
      file: '__tests__/unit/batch.test.ts',
      title: 'warns, naming the job and how to stop it, when the job cannot be recorded',
    },
  },
  // GitHub
  {
    id: 'github-denied',
    area: 'GitHub',
    when: 'GitHub refuses the comment and the check run (403)',
    sees: 'One warning each, naming `pull-requests: write` and `checks: write`; findings become workflow annotations.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: { file: '__tests__/e2e/github-reports.test.ts', title: '403 on comments and checks' },
  },
  {
    id: 'github-comment-list-500',
    area: 'GitHub',
    when: 'Listing the PR comments fails with 500',
    sees: 'The read is retried twice, then one warning; the check run still completes.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: { file: '__tests__/e2e/github-reports.test.ts', title: '500 from GitHub' },
  },
  {
    id: 'github-comment-404',
    area: 'GitHub',
    when: 'The PR comments answer 404 (the token cannot see them)',
    sees: 'One warning "PR comment: could not read the pull request\'s comments: GitHub answered 404 … Add `pull-requests: write` …"; the check run completes.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: here('github-comment-404'),
  },
  {
    id: 'github-comment-create-500',
    area: 'GitHub',
    when: 'Creating the PR comment fails with 500',
    sees: 'One warning; the POST is not retried, so no comment is ever duplicated.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: here('github-comment-create-500'),
  },
  {
    id: 'github-comment-update-403',
    area: 'GitHub',
    when: 'Updating the existing sticky comment is refused (403)',
    sees: 'One warning naming `pull-requests: write`; no second comment is created.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: here('github-comment-update-403'),
  },
  {
    id: 'github-check-404',
    area: 'GitHub',
    when: 'Creating the check run answers 404',
    sees: 'One warning naming `checks: write`; no further check call; findings become workflow annotations.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: here('github-check-404'),
  },
  {
    id: 'github-check-500',
    area: 'GitHub',
    when: 'Completing the check run keeps failing with 500',
    sees: 'Retried, then one warning "Check run: could not complete the check run: GitHub failed (500 …)"; findings become workflow annotations.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: here('github-check-500'),
  },
  // CloudWatch (only with cloudwatch-namespace)
  {
    id: 'cloudwatch-unavailable',
    area: 'CloudWatch',
    when: 'CloudWatch refuses the metrics (403) or cannot be reached',
    sees: 'One warning "CloudWatch metrics: could not publish (CloudWatch denied PutMetricData in <namespace> (403 …): allow cloudwatch:PutMetricData …)"; every other report is published first.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: { file: '__tests__/e2e/costs.test.ts', title: 'CloudWatch unavailable' },
  },
  // The job
  {
    id: 'cancelled',
    area: 'The job',
    when: 'The job is cancelled mid-scan (SIGTERM)',
    sees: 'A warning "Received SIGTERM: no new model call starts; what was scanned is saved and reported"; calls in flight are aborted; the rest is listed as not scanned.',
    step: 'neutral',
    cache: 'Every file scanned before the signal is saved; none after.',
    test: here('cancelled'),
  },
  {
    id: 'linked-report',
    area: 'The job',
    when: 'A pull request commits the report or SARIF file (or a folder above it) as a symbolic link',
    sees: 'A warning "JSON report: could not publish (refused to write …/ai-scanner-report.json: … is a symbolic link …); the scan goes on", the same for SARIF; the file the link points at is not touched.',
    step: 'findings',
    cache: 'Saved as usual.',
    test: {
      file: '__tests__/e2e/attacks-writes.test.ts',
      title: 'commits ai-scanner-report.json and ai-scanner.sarif as links',
    },
  },
  {
    id: 'linked-cache-temp',
    area: 'The job',
    when: "A pull request commits links at the cache file's temporary names (`<cache-file>.<pid>.tmp`)",
    sees: 'Nothing: the cache is written through a fresh, random temporary name (created exclusively, never through a link) and renamed into place. A link at the cache file itself is refused with a warning "The scan cache could not be saved (refused to write …)".',
    step: 'findings',
    cache: 'Written as usual; the files the links point at are untouched.',
    test: {
      file: '__tests__/e2e/attacks-writes.test.ts',
      title: 'every temporary name the cache file could use',
    },
  },
  {
    id: 'echoed-secret',
    area: 'The job',
    when: "The model's answer, or an error, quotes a credential of the run (session token, keys, tokens)",
    sees: '`***` in its place (the STS session token and keys, the AWS keys of the environment, the GitHub token, the OIDC token) in the log, the JSON report, SARIF, the job summary, the PR comment, the check run and the outputs.',
    step: 'findings',
    cache: 'The finding is cached with `***` in place of the credential.',
    test: {
      file: '__tests__/e2e/attacks-writes.test.ts',
      title: 'echoed session token, keys and GitHub token are in no report',
    },
  },
  {
    id: 'budget-reached',
    area: 'The job',
    when: 'The next model call would pass `max-cost-usd`',
    sees: 'No new call starts, the calls in flight finish; a warning lists the files "not scanned (budget (max-cost-usd) reached)", and the summary says what scanning them would cost.',
    step: 'neutral',
    cache:
      'Every file scanned within the budget is cached, the rest is not; the next run pays only for those.',
    test: here('budget-reached'),
  },
  // Pull requests
  {
    id: 'pr-filler-budget',
    area: 'Pull requests',
    when: 'Other changed files spend `max-cost-usd` before one file is sent',
    sees: 'An error "N file(s) were not reviewed, so the pull request fails (fail-on-incomplete: auto …)" listing each file left ("budget (max-cost-usd) reached") and what reviewing them would cost.',
    step: 'gate',
    cache:
      "The files reviewed are cached (in the pull request's object); the rest are not, so a rerun with a higher budget pays only for them.",
    test: { file: GATE, title: 'filler that spends max-cost-usd before the backdoor is sent' },
  },
  {
    id: 'pr-over-budget',
    area: 'Pull requests',
    when: 'A pull request is estimated to cost more than `max-cost-usd` (5 USD unless set)',
    sees: 'A warning "Not sending N file(s): budget (max-cost-usd) too small: reviewing the changed files would cost about $X, over $Y; no call was made" and an error naming the files, the estimate, the budget and how to raise it.',
    step: 'gate',
    cache: 'Untouched: no model call is made.',
    test: { file: GATE, title: 'a pull request of thousands of tiny files is over the default budget' },
  },
  {
    id: 'pr-answer-cut-off',
    area: 'Pull requests',
    when: 'The answer for a changed file is cut off at max_tokens, or names a file that was not sent',
    sees: 'The error names the file: "the model\'s answer was unusable: the answer was cut off at the output token limit" (or "… names a file that was not sent").',
    step: 'gate',
    cache: 'Every other file is cached; that one is not.',
    test: { file: GATE, title: 'an answer cut off at max_tokens for a file that alone overflows' },
  },
  {
    id: 'pr-too-large',
    area: 'Pull requests',
    when: 'A changed file is larger than `max-file-size-kb`',
    sees: 'The error names it: "larger than max-file-size-kb" (raise the input, or exclude the path, to pass).',
    step: 'gate',
    cache: 'Nothing is cached for it.',
    test: { file: GATE, title: 'a changed file over max-file-size-kb fails the pull request' },
  },
  {
    id: 'pr-model-down',
    area: 'Pull requests',
    when: 'Bedrock is unavailable (503 ServiceUnavailableException on every call)',
    sees: 'Retries, then the error names each file ("the model kept failing: ServiceUnavailableException …") and says to run the job again once the model is reachable. A push in the same outage ends neutral.',
    step: 'gate',
    cache: 'Nothing is cached for the files left; a rerun sends only them.',
    test: { file: GATE, title: 'the model unavailable (Bedrock answering 503) fails a pull request' },
  },
  {
    id: 'pr-dry-run',
    area: 'Pull requests',
    when: 'A dry run on a pull request with changed files not in the cache',
    sees: 'The error names each file "dry run: not sent to the model"; with `fail-on-incomplete: false` it ends neutral.',
    step: 'gate',
    cache: 'Untouched: a dry run writes nothing.',
    test: { file: GATE, title: 'a dry run on a pull request with unreviewed changed files fails' },
  },
  {
    id: 'secret-in-source',
    area: 'The job',
    when: 'A source file holds a private key or a credential value (even a lone `-----BEGIN PRIVATE KEY-----` comment)',
    sees: 'The file is reviewed, with each secret replaced by `[REDACTED:<rule>]` before it is sent (line numbers kept); each secret is a high CWE-798 finding at its lines, never with its value.',
    step: 'findings',
    cache: "The file's findings, the secrets' included, under the hash of its original content.",
    test: { file: ATTACKS_SECRETS, title: 'a private-key comment does not hide a file' },
  },
  {
    id: 'credential-file',
    area: 'The job',
    when: "A credential file is committed (`.env*`, `.envrc`, `.pgpass`, `.s3cfg`, `.docker/config.json`, `.kube/config`, gh's `hosts.yml`, `.netrc`, `*.tfvars`, key files)",
    sees: 'It is never sent to the model; it is listed as a skipped credential file and reported as a medium CWE-798 finding "Committed credential file".',
    step: 'findings',
    cache: 'Nothing for it (it is not scanned).',
    test: { file: ATTACKS_SECRETS, title: 'is never sent, and is reported as a finding' },
  },
  {
    id: 'build-output',
    area: 'The job',
    when: 'A changed file under `dist/`, `build/` or `out/` is hand-written',
    sees: 'It is reviewed like any file; only a file whose content shows it is generated (a generated-file header, a source map comment, a bundler prelude, minified lines) is skipped as generated. On a pull request a header or prelude alone is not enough: its author writes it.',
    step: 'findings',
    cache: 'Its findings, as for any file.',
    test: { file: ATTACKS_SECRETS, title: 'hand-written code under build/ is reviewed' },
  },
  {
    id: 'generated-header-on-pr',
    area: 'The job',
    when: 'A pull request adds a `@generated` or `DO NOT EDIT` line to hand-written code under `dist/`, `build/` or `out/`',
    sees: 'The file is reviewed: on a pull request a generated-file header alone is no evidence. A source map comment or minified lines still skip it.',
    step: 'findings',
    cache: 'Its findings, as for any file.',
    test: { file: ATTACKS_CONTENT_SKIPS, title: 'a @generated header does not hide hand-written code' },
  },
  {
    id: 'nul-byte-in-source',
    area: 'The job',
    when: 'A source or text file (`.py`, `.ts`, `Dockerfile`, ...) holds a NUL or another control byte',
    sees: 'It is reviewed, never skipped as binary: each control byte is shown as a Unicode control picture (`␀`), line numbers kept. Only a file whose name says nothing of its kind is judged binary by its bytes.',
    step: 'findings',
    cache: 'Its findings, under the hash of the content as sent.',
    test: { file: ATTACKS_CONTENT_SKIPS, title: 'a NUL byte does not hide a source file' },
  },
  {
    id: 'change-review',
    area: 'Pull requests',
    when: 'A modified file of 16 KB or more changes a few lines, and its previous version has a result in the cache (review-depth auto)',
    sees: 'A line "<path>: reviewed by its change (review-depth auto): N of M lines shown, K earlier finding(s) carried over"; the changed regions are sent with their enclosing functions, earlier findings elsewhere are reported at their new lines, and the JSON report lists the file under changeReviews.',
    step: 'findings',
    cache:
      'Cached under the new content like any result, marked depth change (review-depth full does not reuse it).',
    test: {
      file: '__tests__/e2e/change-review.test.ts',
      title: 'sends the changed regions only',
    },
  },
  {
    id: 'change-review-no-previous',
    area: 'Pull requests',
    when: 'A large modified file has no cached result for its previous version, or its change cannot be read, or it touches most of the file',
    sees: 'A line "<path>: reviewed whole (<why>)"; the file is reviewed whole (fail closed).',
    step: 'findings',
    cache: 'Cached like any reviewed file.',
    test: {
      file: '__tests__/e2e/change-review.test.ts',
      title: 'fails closed: a large file whose earlier version has no cached result',
    },
  },
  {
    id: 'change-review-too-long',
    area: 'Pull requests',
    when: "The model refuses a change review's request as too long, or cuts its answer off",
    sees: 'A line "<path>: its change review failed (<why>); reviewing the whole file instead" (in chunks when the file is too large for one request); the file is reviewed whole, never left unscanned.',
    step: 'findings',
    cache: 'Cached as a whole review (no depth mark), with nothing carried over.',
    test: {
      file: '__tests__/e2e/change-review.test.ts',
      title: 'reviews the file whole when the model refuses its change view as too long',
    },
  },
  {
    id: 'fork-label-run',
    area: 'Pull requests',
    when: "A maintainer adds the ai-scan label to a fork's pull request (the pull_request_target run of examples/.github/workflows/fork-pr-scan.yml, the head checked out into path: pr)",
    sees: "The pull request's changed files are read (never run) and reviewed; the check run is posted on the pull request's head commit, and the comment.",
    step: 'findings',
    cache:
      'Only the pull request object pr/<number> is written: never the repository object, never the Actions cache (the base branch scope).',
    test: { file: '__tests__/e2e/fork-pull-requests.test.ts', title: 'writes only pr/<number>' },
  },
  {
    id: 'ci-base-remote-only',
    area: 'Pull requests',
    when: 'The base branch is only on the remote: a manual rescan with base-ref main on another branch, a Jenkins change build (CHANGE_TARGET), a GitLab merge request (its target branch)',
    sees: 'The files changed since origin/<branch> (fetched into that ref when the clone lacks it), never a full scan.',
    step: 'findings',
    cache: 'As for any run of that kind.',
    test: {
      file: '__tests__/e2e/setup-errors.test.ts',
      title: 'Jenkins change builds diff against CHANGE_TARGET',
    },
  },
  {
    id: 'base-ref-unresolved',
    area: 'Inputs',
    when: 'base-ref names no branch, tag or commit of the clone or of origin (a typo)',
    sees: 'An error "Input \'base-ref\' is "mian", which is not a branch, tag or commit of this clone or of origin: check the name …"; the CLI exits with code 2.',
    step: 'fails',
    cache: 'Untouched: nothing is sent to the model and nothing is written.',
    test: { file: '__tests__/e2e/setup-errors.test.ts', title: 'a base-ref that does not resolve' },
  },
  {
    id: 'changed-without-base',
    area: 'Inputs',
    when: 'scan-mode changed with nothing to compare with (no base-ref, not a pull request or a push with a before)',
    sees: 'An error "Input \'scan-mode\' is changed, but there is nothing to compare with …: set base-ref …"; the CLI exits with code 2.',
    step: 'fails',
    cache: 'Untouched: nothing is sent to the model and nothing is written.',
    test: { file: '__tests__/e2e/setup-errors.test.ts', title: 'scan-mode changed with no base' },
  },
  {
    id: 'cli-folder',
    area: 'Inputs',
    when: 'The CLI is given a folder that does not exist, or a file (or the action a path that is not a folder of the workspace)',
    sees: 'A usage error naming it ("… does not exist or cannot be read" / "… is a file, not a folder"), exit code 2; never a raw ENOENT or ENOTDIR.',
    step: 'fails',
    cache: 'Untouched.',
    test: { file: '__tests__/e2e/setup-errors.test.ts', title: 'a folder that does not exist, a file' },
  },
  {
    id: 'not-a-repository',
    area: 'Inputs',
    when: 'The folder is not a git repository',
    sees: 'scan-mode auto: a warning "… is not a git repository: every file in it is scanned …", and every file is scanned; scan-mode full: a note only; scan-mode changed: an error asking for scan-mode full (CLI exit 2).',
    step: 'findings',
    cache: 'As for a full scan (auto, full); untouched (changed).',
    test: { file: '__tests__/e2e/setup-errors.test.ts', title: 'a folder that is not a git repository' },
  },
  {
    id: 'bad-input',
    area: 'Inputs',
    when: 'An input is invalid (see the list below)',
    sees: 'An error naming the input, its value and what is allowed; every problem at once.',
    step: 'fails',
    cache: 'Untouched: the run stops before any network call.',
    test: { file: '__tests__/e2e/bad-inputs.test.ts', title: 'bad inputs' },
  },
];

/** One invalid input value: the run must fail before any network call, naming the input. */
export interface BadInput {
  input: string;
  value: string;
  /** What makes it wrong. */
  why: string;
  /** The error names the input and says this. */
  says: RegExp;
  /** Other inputs the case needs (a bucket for an S3-only input, ...). */
  with?: Record<string, string>;
}

export const BAD_INPUTS: readonly BadInput[] = [
  { input: 'max-concurrency', value: 'lots', why: 'not a number', says: /whole number from 1 to 64/ },
  { input: 'max-concurrency', value: '0', why: 'out of range', says: /whole number from 1 to 64/ },
  { input: 'max-concurrency', value: '65', why: 'out of range', says: /whole number from 1 to 64/ },
  { input: 'cache-ttl-days', value: '7.5', why: 'not whole', says: /whole number from 1 to 365/ },
  { input: 'cache-ttl-days', value: '0', why: 'out of range', says: /whole number from 1 to 365/ },
  { input: 'max-file-size-kb', value: '-1', why: 'negative', says: /whole number from 1 to 10240/ },
  { input: 'max-cost-usd', value: 'free', why: 'not an amount', says: /positive amount of US dollars/ },
  { input: 'max-cost-usd', value: '0', why: 'not positive', says: /positive amount of US dollars/ },
  { input: 'force-rescan', value: 'yes', why: 'not a boolean', says: /expected true or false/ },
  { input: 'dry-run', value: '1', why: 'not a boolean', says: /expected true or false/ },
  { input: 'pr-comment', value: 'maybe', why: 'not a boolean', says: /expected true or false/ },
  {
    input: 'fail-on-severity',
    value: 'urgent',
    why: 'unknown level',
    says: /critical, high, medium, low, none/,
  },
  {
    input: 'cache-backend',
    value: 'redis',
    why: 'unknown backend',
    says: /auto, s3, actions-cache, local, none/,
  },
  { input: 'scan-mode', value: 'partial', why: 'unknown mode', says: /auto, changed, full/ },
  { input: 'cache-scope', value: 'global', why: 'unknown scope', says: /auto, shared/ },
  { input: 's3-sse', value: 'KMS-DSSE', why: 'unknown encryption', says: /AES256, aws:kms/ },
  {
    input: 'compliance-frameworks',
    value: 'owasp-top-10,iso27001',
    why: 'unknown framework',
    says: /comma list of owasp-top-10, pci-dss, soc2, hipaa, gdpr/,
  },
  { input: 'pricing', value: '{"my-model": {"input": 3,', why: 'malformed JSON', says: /expected JSON/ },
  {
    input: 'pricing',
    value: '{"my-model": {"input": "cheap", "output": 15}}',
    why: 'JSON of the wrong shape',
    says: /in USD per million tokens/,
  },
  {
    input: 'include',
    value: 'srcc/**/*.py',
    why: 'matches no file at all',
    says: /matches no file in the repository/,
  },
  {
    input: 'include',
    value: '../outside/**',
    why: 'leaves the repository',
    says: /relative to the repository/,
  },
  { input: 'exclude', value: '/etc/**', why: 'absolute', says: /relative to the repository/ },
  { input: 'role-to-assume', value: 'ScannerRole', why: 'not an ARN', says: /IAM role ARN/ },
  {
    input: 'role-to-assume',
    value: 'arn:aws:iam::12345:role/Scanner',
    why: 'an ARN with a 5-digit account',
    says: /IAM role ARN/,
  },
  { input: 'role-session-name', value: 'a b', why: 'a space', says: /2 to 64 characters/ },
  {
    input: 's3-bucket',
    value: 'My_Cache',
    why: 'a name S3 refuses (upper case, underscore)',
    says: /S3 bucket name/,
  },
  { input: 's3-bucket', value: '10.0.0.1', why: 'an IP address', says: /S3 bucket name/ },
  { input: 's3-prefix', value: '/cache', why: 'a leading slash', says: /key prefix/ },
  { input: 's3-endpoint', value: 'ftp://s3.internal', why: 'not http(s)', says: /http\(s\) URL/ },
  {
    input: 's3-kms-key-id',
    value: 'alias/scanner',
    why: 'without s3-sse aws:kms',
    says: /only used with s3-sse/,
  },
  { input: 'bedrock-endpoint', value: 'bedrock.internal', why: 'not a URL', says: /http\(s\) URL/ },
  { input: 'aws-region', value: 'mars-north-1a', why: 'not a region', says: /AWS region/ },
  { input: 'model-id', value: 'claude sonnet', why: 'a space', says: /Bedrock model id/ },
  {
    input: 'base-ref',
    value: '--upload-pack=touch /tmp/x',
    why: 'an option, not a ref',
    says: /branch, tag or commit/,
  },
  {
    input: 'base-ref',
    value: 'origin/--stdin',
    why: 'a part that git reads as an option',
    says: /starts with "-"/,
  },
  { input: 'cache-file', value: '../cache.json', why: 'outside the workspace', says: /inside the workspace/ },
  {
    input: 'cache-file',
    value: '/tmp/cache.json',
    why: 'absolute, outside the workspace',
    says: /inside the workspace/,
  },
  {
    input: 'cache-file',
    value: 'ai-scanner.sarif',
    why: 'the SARIF file would overwrite it',
    says: /other than sarif-file and report-file/,
  },
  { input: 'sarif-file', value: '../../x.sarif', why: 'outside the workspace', says: /inside the workspace/ },
  { input: 'report-name', value: 'scan <b>', why: 'markup', says: /without < or >/ },
  {
    input: 'instructions',
    value: 'x'.repeat(4001),
    why: 'over 4000 characters',
    says: /at most 4000 characters/,
  },
  { input: 'shard', value: '4/3', why: 'part past the count', says: /expected i from 1 to n \(3\)/ },
  { input: 'shard', value: 'half', why: 'not i/n', says: /expected i\/n, such as 2\/3/ },
];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** docs/what-happens-when.md, rendered from the catalogue. */
export function renderWhatHappensWhen(): string {
  const lines = [
    '# What happens when…',
    '',
    '<!-- Generated from __tests__/e2e/fault-catalogue.ts by `node --import tsx scripts/dev/what-happens-when.ts`; a test',
    '     checks it matches. Edit the catalogue, not this file. -->',
    '',
    'Every row is a fault the test suite injects end to end (the bundled action against local stand-ins for S3,',
    'STS, the OIDC endpoint, Bedrock, the Actions cache and the GitHub API) and checks: the exit status, the',
    'warning or error shown, the outputs, and what the cache holds afterwards. Two rules hold throughout: the',
    'cache never loses an entry it had and never holds a result for a file whose scan failed; and a scan that',
    'could not run fails, it never reports "0 findings".',
    '',
  ];
  const areas = [...new Set(FAULTS.map((f) => f.area))];
  for (const area of areas) {
    lines.push(
      `## ${area}`,
      '',
      '| When | What you see | The step | The cache afterwards |',
      '| --- | --- | --- | --- |',
    );
    for (const f of FAULTS.filter((x) => x.area === area))
      lines.push(`| ${cell(f.when)} | ${cell(f.sees)} | ${STEP_TEXT[f.step]} | ${cell(f.cache)} |`);
    lines.push('');
  }
  lines.push(
    '### Invalid inputs that are tested',
    '',
    'Each fails the step before any network call (no request reaches Bedrock, S3, STS, the OIDC endpoint, the',
    'Actions cache or GitHub), names the input and its value, and leaves every cache as it was. The CLI, given the',
    'same value as `--<input>=<value>`, prints the same message and exits with code 2; an input that exists only in',
    'the action (such as `role-to-assume`) is not a CLI option, and a CLI switch (such as `--dry-run`) takes no',
    'value: both are usage errors, also exit 2 (`__tests__/e2e/bad-inputs.test.ts`).',
    '',
    '| Input | Value | Why it is refused |',
    '| --- | --- | --- |',
  );
  for (const b of BAD_INPUTS) {
    const value = b.value.length > 40 ? `${b.value.slice(0, 12)}… (${b.value.length} characters)` : b.value;
    lines.push(`| \`${b.input}\` | \`${cell(value)}\` | ${cell(b.why)} |`);
  }
  lines.push('');
  return lines.join('\n');
}
