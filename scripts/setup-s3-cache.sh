#!/usr/bin/env bash
# All the AWS setup ai-scanner-action needs for one repository (docs/aws-setup.md), safe to run again:
#   1. the GitHub OIDC identity provider of the account (created only if missing);
#   2. the cache bucket: default encryption (SSE-S3, or SSE-KMS with --kms-key-id), all public access blocked,
#      plain HTTP denied, and a lifecycle rule under the prefix (objects, pull requests' pr/ objects included,
#      expire TTL+2 days after their last write; old versions and incomplete uploads after 1 day);
#   3. the writer role (assumable only by runs on the default branch) and the pull-request role (only by pull
#      requests of the repository), each trusting both OIDC subject formats GitHub sends: the name form
#      repo:OWNER/REPO:... and the immutable-id form repo:OWNER@OWNER_ID/REPO@REPO_ID:..., with
#      least-privilege permissions on the repository's exact cache keys and on the model;
#   4. the batch role Bedrock batch inference jobs run as (assumable only by Bedrock for this account's jobs):
#      it reads the jobs' inputs and writes their outputs under the repository's batch/ folder; the writer
#      role may create and check jobs and pass this role to Bedrock only.
# Existing resources are brought up to date in place (trust and permission policies are replaced).
# Then it prints the four repository variables to set, or sets them with --set-variables.
#
# Run with --help for the options. Environment (for testing and S3-compatible stores):
#   AWS_CLI            the AWS CLI to run (default aws; v1 and v2 both work)
#   AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_IAM, AWS_ENDPOINT_URL_STS
#                      endpoints, passed as --endpoint-url (AWS CLIs before 2.13 ignore these variables)
#   GH_CLI             the GitHub CLI to run (default gh)
#   S3_SETUP_ALLOW_NOT_IMPLEMENTED=1  with an S3 endpoint set: skip bucket settings it does not implement
#                                     (NotImplemented, MethodNotAllowed)
#   S3_SETUP_REPLACE_LIFECYCLE=1      replace a bucket lifecycle configuration that has other rules
set -euo pipefail

SCRIPT=scripts/setup-s3-cache.sh
usage() {
  cat <<EOF
usage: $SCRIPT BUCKET REGION --repo OWNER/REPO [options]

Creates or updates the OIDC provider, the cache bucket and the two IAM roles for OWNER/REPO.

  --repo OWNER/REPO     the GitHub repository (required)
  --owner-id N          numeric id of OWNER   } for the immutable-id subject; looked up with
  --repo-id N           numeric id of REPO    } 'gh api repos/OWNER/REPO' when gh is installed
  --branch NAME         the default branch (default: from gh, else main)
  --account-id ID       the AWS account (default: 'aws sts get-caller-identity')
  --prefix P            the action's s3-prefix (default cache/)
  --ttl-days N          the action's cache-ttl-days (default 7)
  --model-id ID         the action's model-id (default $DEFAULT_MODEL)
  --kms-key-id ID       encrypt with this KMS key (id or ARN) instead of SSE-S3
  --writer-role NAME    default ai-scanner-writer-OWNER.REPO
  --pr-role NAME        default ai-scanner-pr-OWNER.REPO
  --policies-out DIR    also write writer-trust.json, writer-permissions.json, pr-trust.json, pr-permissions.json
  --set-variables       set AWS_REGION, S3_CACHE_BUCKET, AWS_ROLE_ARN, AWS_PR_ROLE_ARN with 'gh variable set'
  --dry-run             make no call at all: print every call it would make
  --help                this text
EOF
}
fail_usage() {
  echo "error: $1" >&2
  echo "run '$SCRIPT --help' for the options" >&2
  exit 2
}
die() {
  echo "error: $1" >&2
  exit 1
}

DEFAULT_MODEL=global.anthropic.claude-sonnet-4-5-20250929-v1:0
OIDC_HOST=token.actions.githubusercontent.com
AUDIENCE=sts.amazonaws.com
RULE_ID=ai-scanner-cache-expiry
POLICY_NAME=ai-scanner
POSITIONAL=() REPO_SLUG="" OWNER_ID="" REPO_ID="" BRANCH="" ACCOUNT_ID="" KMS_KEY=""
PREFIX=${S3_PREFIX:-cache/} TTL_DAYS=${CACHE_TTL_DAYS:-7} MODEL_ID=$DEFAULT_MODEL
WRITER_ROLE="" PR_ROLE="" POLICIES_OUT="" SET_VARIABLES=0 DRY_RUN=0

parse_args() {
  while [[ $# -gt 0 ]]; do
    case $1 in
      --help | -h) usage; exit 0 ;;
      --dry-run) DRY_RUN=1 ;;
      --set-variables) SET_VARIABLES=1 ;;
      --repo | --owner-id | --repo-id | --branch | --account-id | --prefix | --ttl-days | --model-id | \
        --kms-key-id | --writer-role | --pr-role | --policies-out)
        [[ $# -ge 2 && -n $2 ]] || fail_usage "$1 needs a value"
        option "$1" "$2"
        shift ;;
      -*) fail_usage "unknown option $1" ;;
      *) POSITIONAL+=("$1") ;;
    esac
    shift
  done
  [[ ${#POSITIONAL[@]} -eq 2 ]] || fail_usage "give BUCKET and REGION, then --repo OWNER/REPO"
  BUCKET=${POSITIONAL[0]}
  REGION=${POSITIONAL[1]}
}
option() {
  case $1 in
    --repo) REPO_SLUG=$2 ;;
    --owner-id) OWNER_ID=$2 ;;
    --repo-id) REPO_ID=$2 ;;
    --branch) BRANCH=$2 ;;
    --account-id) ACCOUNT_ID=$2 ;;
    --prefix) PREFIX=$2 ;;
    --ttl-days) TTL_DAYS=$2 ;;
    --model-id) MODEL_ID=$2 ;;
    --kms-key-id) KMS_KEY=$2 ;;
    --writer-role) WRITER_ROLE=$2 ;;
    --pr-role) PR_ROLE=$2 ;;
    --policies-out) POLICIES_OUT=$2 ;;
  esac
}

validate() {
  [[ $BUCKET =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ ]] || fail_usage "'$BUCKET' is not a valid S3 bucket name"
  [[ $REGION =~ ^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$ ]] || fail_usage "'$REGION' is not an AWS region such as us-east-1"
  [[ -n $REPO_SLUG ]] || fail_usage "--repo OWNER/REPO is required (the repository whose workflows use the roles)"
  [[ $REPO_SLUG =~ ^([A-Za-z0-9-]{1,39})/([A-Za-z0-9._-]{1,100})$ ]] || fail_usage "--repo '$REPO_SLUG' is not OWNER/REPO"
  OWNER=${BASH_REMATCH[1]} REPO=${BASH_REMATCH[2]}
  [[ -z $OWNER_ID || $OWNER_ID =~ ^[1-9][0-9]*$ ]] || fail_usage "--owner-id must be the owner's numeric id"
  [[ -z $REPO_ID || $REPO_ID =~ ^[1-9][0-9]*$ ]] || fail_usage "--repo-id must be the repository's numeric id"
  [[ -z $BRANCH || $BRANCH =~ ^[A-Za-z0-9._/-]+$ ]] || fail_usage "--branch '$BRANCH' is not a branch name"
  [[ -z $ACCOUNT_ID || $ACCOUNT_ID =~ ^[0-9]{12}$ ]] || fail_usage "--account-id must be a 12-digit AWS account id"
  [[ $TTL_DAYS =~ ^[0-9]+$ && $TTL_DAYS -ge 1 ]] || fail_usage "--ttl-days must be a whole number of days"
  [[ $PREFIX == */ ]] || PREFIX="$PREFIX/"
  [[ $PREFIX =~ ^[A-Za-z0-9!_.*\'()/-]+$ ]] || fail_usage "--prefix '$PREFIX' has characters the action does not accept"
  [[ $MODEL_ID =~ ^[A-Za-z0-9.:/_-]+$ ]] || fail_usage "--model-id '$MODEL_ID' is not a Bedrock model id, profile id or ARN"
  [[ -z $KMS_KEY || $KMS_KEY =~ ^(arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/)?[A-Za-z0-9-]+$ ]] ||
    fail_usage "--kms-key-id must be a key id or key ARN (an alias cannot be granted in IAM)"
  WRITER_ROLE=${WRITER_ROLE:-ai-scanner-writer-$OWNER.$REPO}
  PR_ROLE=${PR_ROLE:-ai-scanner-pr-$OWNER.$REPO}
  BATCH_ROLE=ai-scanner-batch-$OWNER.$REPO
  local role
  for role in "$WRITER_ROLE" "$PR_ROLE" "$BATCH_ROLE"; do
    [[ $role =~ ^[A-Za-z0-9+=,.@_-]{1,64}$ ]] ||
      fail_usage "the role name '$role' is not a valid IAM role name (at most 64 characters): pass --writer-role/--pr-role"
  done
  [[ $WRITER_ROLE != "$PR_ROLE" ]] || fail_usage "the writer and pull-request roles must be two roles"
  case $REGION in
    us-gov-*) PARTITION=aws-us-gov ;;
    cn-*) PARTITION=aws-cn ;;
    *) PARTITION=aws ;;
  esac
}

# ---- calls: every AWS or GitHub call goes through run(), which --dry-run turns into a printed line.
export AWS_PAGER=""
AWS_CLI=${AWS_CLI:-aws}
GH_CLI=${GH_CLI:-gh}
endpoint_for() {
  local var="AWS_ENDPOINT_URL_${1^^}"
  printf '%s' "${!var:-${AWS_ENDPOINT_URL:-}}"
}
# The command line, quoted so that it can be pasted into a shell.
quoted() {
  local out="" arg q="'"
  for arg in "$@"; do
    if [[ $arg =~ ^[A-Za-z0-9_./:=,@+-]+$ ]]; then
      out+=" $arg"
    else
      out+=" '${arg//$q/$q\\$q$q}'"
    fi
  done
  printf '%s' "${out# }"
}
# aws SERVICE ARGS...: runs (or prints) the AWS CLI for SERVICE with the endpoint and region.
aws_cmd() {
  local service=$1 endpoint
  shift
  endpoint=$(endpoint_for "$service")
  local cmd=("$AWS_CLI" --region "$REGION" --output json)
  [[ -z $endpoint ]] || cmd+=(--endpoint-url "$endpoint")
  [[ $service == s3 ]] && cmd+=(s3api) || cmd+=("$service")
  run "${cmd[@]}" "$@"
}
# In a dry run the line goes to fd 3 (the script's stdout) even from inside $(...).
run() {
  if [[ $DRY_RUN == 1 ]]; then
    echo "${DRY_LABEL:-would run}: $(quoted "$@")" >&3
    return 0
  fi
  "$@"
}
say() { echo "$@"; }

# ---- the numbers: repository ids (immutable subject), default branch, account.
resolve_ids() {
  if [[ (-z $OWNER_ID || -z $REPO_ID || -z $BRANCH) && $DRY_RUN == 0 ]] && command -v "$GH_CLI" >/dev/null; then
    local info
    info=$("$GH_CLI" api "repos/$OWNER/$REPO" --jq '"\(.owner.id) \(.id) \(.default_branch)"') ||
      die "'gh api repos/$OWNER/$REPO' failed: log in with 'gh auth login', or pass --owner-id and --repo-id"
    read -r gh_owner gh_repo gh_branch <<<"$info"
    OWNER_ID=${OWNER_ID:-$gh_owner} REPO_ID=${REPO_ID:-$gh_repo} BRANCH=${BRANCH:-$gh_branch}
  fi
  BRANCH=${BRANCH:-main}
  if [[ -z $OWNER_ID || -z $REPO_ID ]]; then
    [[ $DRY_RUN == 1 ]] || die "the immutable ids of $OWNER/$REPO are needed for the trust policies (GitHub sends
  repo:$OWNER@OWNER_ID/$REPO@REPO_ID:... for repositories created or renamed since 15 July 2026).
  Install gh (and 'gh auth login'), or pass them: gh api repos/$OWNER/$REPO --jq '.owner.id, .id' gives
  --owner-id and --repo-id"
    OWNER_ID=${OWNER_ID:-OWNER_ID} REPO_ID=${REPO_ID:-REPO_ID}
    say "note: --owner-id/--repo-id not given; the dry run shows OWNER_ID/REPO_ID in their place"
  fi
  if [[ -z $ACCOUNT_ID ]]; then
    if [[ $DRY_RUN == 1 ]]; then
      aws_cmd sts get-caller-identity --query Account --output text
      ACCOUNT_ID=ACCOUNT_ID
    else
      ACCOUNT_ID=$(aws_cmd sts get-caller-identity --query Account --output text) ||
        die "could not read the AWS account from 'aws sts get-caller-identity': configure AWS credentials"
    fi
  fi
  [[ -z $KMS_KEY || $KMS_KEY == arn:* ]] || KMS_KEY="arn:$PARTITION:kms:$REGION:$ACCOUNT_ID:key/$KMS_KEY"
  PROVIDER_ARN="arn:$PARTITION:iam::$ACCOUNT_ID:oidc-provider/$OIDC_HOST"
  WRITER_ARN="arn:$PARTITION:iam::$ACCOUNT_ID:role/$WRITER_ROLE"
  PR_ARN="arn:$PARTITION:iam::$ACCOUNT_ID:role/$PR_ROLE"
  BATCH_ARN="arn:$PARTITION:iam::$ACCOUNT_ID:role/$BATCH_ROLE"
}

# ---- the policies (JSON text; the same documents --policies-out writes and IAM receives).
# trust SUFFIX: who may assume the role: GitHub's tokens for this repository whose subject ends in SUFFIX, in
# the name form and in the immutable-id form, for the audience sts.amazonaws.com. StringEquals, no wildcard.
trust_policy() {
  cat <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Federated": "$PROVIDER_ARN" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          "$OIDC_HOST:aud": "$AUDIENCE",
          "$OIDC_HOST:sub": [
            "repo:$OWNER/$REPO:$1",
            "repo:$OWNER@$OWNER_ID/$REPO@$REPO_ID:$1"
          ]
        }
      }
    }
  ]
}
JSON
}

# The model (or inference profile) and, for a profile, the foundation model in every region it routes to.
model_resources() {
  local base
  if [[ $MODEL_ID == arn:* ]]; then
    printf '"%s"' "$MODEL_ID"
  elif [[ $MODEL_ID =~ ^(global|us|eu|apac|us-gov|jp|au|ca)\.(.+)$ ]]; then
    base=${BASH_REMATCH[2]}
    printf '"arn:%s:bedrock:%s:%s:inference-profile/%s",\n' "$PARTITION" "$REGION" "$ACCOUNT_ID" "$MODEL_ID"
    printf '        "arn:%s:bedrock:*::foundation-model/%s"' "$PARTITION" "$base"
    [[ ${BASH_REMATCH[1]} != global ]] || printf ',\n        "arn:%s:bedrock:::foundation-model/%s"' "$PARTITION" "$base"
  else
    printf '"arn:%s:bedrock:%s::foundation-model/%s"' "$PARTITION" "$REGION" "$MODEL_ID"
  fi
}

# permissions WRITABLE_KEYS...: read the repository object and the pull requests' objects, write only
# WRITABLE_KEYS, list only the repository's prefix (so a missing object is a 404, not a 403), call the model.
permissions_policy() {
  local s3="arn:$PARTITION:s3:::$BUCKET" key="${PREFIX}$OWNER/$REPO"
  local writable="" k
  for k in "$@"; do writable+="${writable:+, }\"$s3/$key/$k\""; done
  local kms=""
  [[ -z $KMS_KEY ]] || kms=$(
    cat <<JSON
    {
      "Sid": "ScanCacheEncryptionKey",
      "Effect": "Allow",
      "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
      "Resource": "$KMS_KEY"
    },
JSON
  )
  cat <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadScanCache",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": ["$s3/$key/scan-cache.json.gz", "$s3/$key/pr/*"]
    },
    {
      "Sid": "WriteScanCache",
      "Effect": "Allow",
      "Action": "s3:PutObject",
      "Resource": [$writable]
    },
    {
      "Sid": "ScanCacheListing",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "$s3",
      "Condition": { "StringLike": { "s3:prefix": ["$key/*"] } }
    },
${kms:+$kms
}${EXTRA:+$EXTRA
}    {
      "Sid": "InvokeTheScanModel",
      "Effect": "Allow",
      "Action": "bedrock:InvokeModel",
      "Resource": [
        $(model_resources)
      ]
    }
  ]
}
JSON
}

# Bedrock batch inference: the writer puts a job's input under batch/, reads its output, creates and checks the
# job, and passes the batch role (to Bedrock only); the job runs as the batch role.
writer_batch_statements() {
  local s3="arn:$PARTITION:s3:::$BUCKET" key="${PREFIX}$OWNER/$REPO"
  cat <<JSON
    {
      "Sid": "BatchJobFiles",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": ["$s3/$key/batch/*/input.jsonl", "$s3/$key/batch/*/output/*"]
    },
    {
      "Sid": "BatchJobs",
      "Effect": "Allow",
      "Action": ["bedrock:CreateModelInvocationJob", "bedrock:GetModelInvocationJob"],
      "Resource": [
        "arn:$PARTITION:bedrock:$REGION:$ACCOUNT_ID:model-invocation-job/*",
        $(model_resources)
      ]
    },
    {
      "Sid": "PassTheBatchRole",
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "$BATCH_ARN",
      "Condition": { "StringEquals": { "iam:PassedToService": "bedrock.amazonaws.com" } }
    },
JSON
}

# The batch role: only Bedrock, for this account's jobs, may assume it.
batch_trust_policy() {
  cat <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": { "Service": "bedrock.amazonaws.com" },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": { "aws:SourceAccount": "$ACCOUNT_ID" },
        "ArnLike": { "aws:SourceArn": "arn:$PARTITION:bedrock:$REGION:$ACCOUNT_ID:model-invocation-job/*" }
      }
    }
  ]
}
JSON
}

# The batch role reads the jobs' inputs and writes their outputs, under this repository's batch/ folder only.
batch_permissions_policy() {
  local s3="arn:$PARTITION:s3:::$BUCKET" key="${PREFIX}$OWNER/$REPO"
  local kms=""
  [[ -z $KMS_KEY ]] || kms=$(
    cat <<JSON
    {
      "Sid": "BatchEncryptionKey",
      "Effect": "Allow",
      "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
      "Resource": "$KMS_KEY"
    },
JSON
  )
  cat <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadBatchInput",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "$s3/$key/batch/*/input.jsonl"
    },
    {
      "Sid": "WriteBatchOutput",
      "Effect": "Allow",
      "Action": "s3:PutObject",
      "Resource": "$s3/$key/batch/*/output/*"
    },
    {
      "Sid": "BatchListing",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "$s3",
      "Condition": { "StringLike": { "s3:prefix": ["$key/batch/*"] } }
    },
${kms:+$kms
}    {
      "Sid": "InvokeTheScanModel",
      "Effect": "Allow",
      "Action": "bedrock:InvokeModel",
      "Resource": [
        $(model_resources)
      ]
    }
  ]
}
JSON
}

build_policies() {
  WRITER_TRUST=$(trust_policy "ref:refs/heads/$BRANCH")
  PR_TRUST=$(trust_policy pull_request)
  WRITER_PERMISSIONS=$(EXTRA=$(writer_batch_statements) permissions_policy scan-cache.json.gz)
  BATCH_TRUST=$(batch_trust_policy)
  BATCH_PERMISSIONS=$(batch_permissions_policy)
  PR_PERMISSIONS=$(permissions_policy 'pr/*')
  [[ -n $POLICIES_OUT ]] || return 0
  mkdir -p "$POLICIES_OUT"
  printf '%s\n' "$WRITER_TRUST" >"$POLICIES_OUT/writer-trust.json"
  printf '%s\n' "$WRITER_PERMISSIONS" >"$POLICIES_OUT/writer-permissions.json"
  printf '%s\n' "$PR_TRUST" >"$POLICIES_OUT/pr-trust.json"
  printf '%s\n' "$PR_PERMISSIONS" >"$POLICIES_OUT/pr-permissions.json"
  printf '%s\n' "$BATCH_TRUST" >"$POLICIES_OUT/batch-trust.json"
  printf '%s\n' "$BATCH_PERMISSIONS" >"$POLICIES_OUT/batch-permissions.json"
  say "ok: wrote the six policies to $POLICIES_OUT"
}


# ---- the steps. query: a read (in a dry run: printed, and taken as "not there" so the creating calls are shown);
# change: a write (printed in a dry run). Errors land in $ERR_FILE for the caller to classify.
THUMBPRINTS=(6938fd4d98bab03faadb97b34396831e3780aea1 1c58a3a8518e8759bf075b76b750d4f2df264fcd)
ERR_FILE=""
query() {
  aws_cmd "$@" 2>"$ERR_FILE" && [[ $DRY_RUN == 0 ]]
}
change() {
  aws_cmd "$@" 2>"$ERR_FILE"
}
# In a dry run, also print the call made instead when the resource already exists.
dry_alternative() {
  [[ $DRY_RUN == 1 ]] || return 0
  DRY_LABEL="would run instead, $1" aws_cmd "${@:2}"
}
ok() { [[ $DRY_RUN == 1 ]] || echo "ok: $*"; }
errors() { cat "$ERR_FILE" 2>/dev/null || true; }
failed() {
  echo "error: $1 failed:" >&2
  errors >&2
  exit 1
}

setup_oidc_provider() {
  local arns clients
  if arns=$(query iam list-open-id-connect-providers --query 'OpenIDConnectProviderList[].Arn' --output text) &&
    grep -qF "$PROVIDER_ARN" <<<"$arns"; then
    clients=$(query iam get-open-id-connect-provider --open-id-connect-provider-arn "$PROVIDER_ARN" \
      --query 'ClientIDList' --output text) || failed "reading the OIDC provider $PROVIDER_ARN"
    if grep -qw "$AUDIENCE" <<<"$clients"; then
      ok "the GitHub OIDC provider exists ($PROVIDER_ARN)"
    else
      change iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn "$PROVIDER_ARN" \
        --client-id "$AUDIENCE" || failed "adding the audience $AUDIENCE to $PROVIDER_ARN"
      ok "the GitHub OIDC provider now accepts the audience $AUDIENCE"
    fi
    return 0
  fi
  [[ $DRY_RUN == 1 || -z $(errors) ]] || failed "listing the OIDC providers"
  if change iam create-open-id-connect-provider --url "https://$OIDC_HOST" --client-id-list "$AUDIENCE" \
    --thumbprint-list "${THUMBPRINTS[@]}" >/dev/null; then
    ok "created the GitHub OIDC provider ($PROVIDER_ARN)"
  elif grep -q '(EntityAlreadyExists)' "$ERR_FILE"; then
    ok "the GitHub OIDC provider exists ($PROVIDER_ARN)"
  else
    failed "creating the GitHub OIDC provider"
  fi
  dry_alternative "if it exists without the audience $AUDIENCE" iam add-client-id-to-open-id-connect-provider \
    --open-id-connect-provider-arn "$PROVIDER_ARN" --client-id "$AUDIENCE"
}

# The S3 endpoint answered that it does not implement the call, and the caller accepts that.
not_implemented() {
  [[ ${S3_SETUP_ALLOW_NOT_IMPLEMENTED:-} == 1 && -n $(endpoint_for s3) ]] &&
    grep -qE '\((NotImplemented|MethodNotAllowed)\)' "$ERR_FILE"
}
# A bucket setting; an S3-compatible test endpoint may not implement it (tolerated only when asked).
setting() {
  local what=$1
  shift
  if change s3 "$@" >/dev/null; then
    ok "$what"
  elif not_implemented; then
    echo "skipped: $what (not implemented by $(endpoint_for s3))"
  else
    failed "$what"
  fi
}

setup_bucket() {
  if query s3 head-bucket --bucket "$BUCKET" >/dev/null; then
    ok "bucket $BUCKET exists"
  elif grep -qE '403|Forbidden' "$ERR_FILE" 2>/dev/null; then
    die "bucket $BUCKET exists but these credentials may not use it (403); bucket names are global, pick another"
  else
    local create=(create-bucket --bucket "$BUCKET")
    [[ $REGION == us-east-1 ]] || create+=(--create-bucket-configuration "LocationConstraint=$REGION")
    if change s3 "${create[@]}" >/dev/null; then
      ok "created bucket $BUCKET in $REGION"
    elif grep -q 'BucketAlreadyOwnedByYou' "$ERR_FILE"; then
      ok "bucket $BUCKET exists"
    else
      failed "creating bucket $BUCKET"
    fi
  fi
  bucket_encryption
  setting "block all public access" put-public-access-block --bucket "$BUCKET" \
    --public-access-block-configuration 'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true'
  bucket_policy
  bucket_versioning
  bucket_lifecycle
}

bucket_encryption() {
  if [[ -n $KMS_KEY ]]; then
    setting "default encryption SSE-KMS with $KMS_KEY" put-bucket-encryption --bucket "$BUCKET" \
      --server-side-encryption-configuration "{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":\"$KMS_KEY\"},\"BucketKeyEnabled\":true}]}"
  else
    setting "default encryption SSE-S3 (AES256)" put-bucket-encryption --bucket "$BUCKET" \
      --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}'
  fi
}

# Plain HTTP is denied by a bucket policy; a bucket that already has a policy is left as it is (a bucket
# policy is replaced as a whole), with the statement to add printed.
bucket_policy() {
  local s3="arn:$PARTITION:s3:::$BUCKET" current
  local statement="{\"Sid\":\"DenyInsecureTransport\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"$s3\",\"$s3/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}"
  if current=$(query s3 get-bucket-policy --bucket "$BUCKET" --query Policy --output text); then
    if grep -q 'aws:SecureTransport' <<<"$current"; then
      ok "the bucket policy denies plain HTTP"
    else
      echo "warning: $BUCKET has a bucket policy without a plain-HTTP denial; add this statement to it:"
      echo "  $statement"
    fi
  elif [[ $DRY_RUN == 1 ]] || grep -q 'NoSuchBucketPolicy' "$ERR_FILE"; then
    setting "a bucket policy that denies plain HTTP" put-bucket-policy --bucket "$BUCKET" \
      --policy "{\"Version\":\"2012-10-17\",\"Statement\":[$statement]}"
  elif not_implemented; then
    echo "skipped: a bucket policy that denies plain HTTP (not implemented by $(endpoint_for s3))"
  else
    failed "reading the bucket policy of $BUCKET"
  fi
}

# Versioning stays off: every run rewrites the object, versions would only pile up.
bucket_versioning() {
  local versioning
  versioning=$(query s3 get-bucket-versioning --bucket "$BUCKET" --query Status --output text || true)
  if [[ $versioning == Enabled ]]; then
    echo "warning: versioning is enabled on $BUCKET; old cache versions are expired after 1 day by the rule below"
  else
    ok "versioning is not enabled"
  fi
}

# Expiry under the prefix (the repository objects and the pull requests' pr/ objects). A lifecycle
# configuration is replaced as a whole, so other rules are kept only by refusing to overwrite them.
bucket_lifecycle() {
  local expire=$((TTL_DAYS + 2)) others
  others=$(query s3 get-bucket-lifecycle-configuration --bucket "$BUCKET" \
    --query "length(Rules[?ID!='$RULE_ID'])" --output text || echo 0)
  if [[ $others =~ ^[0-9]+$ && $others -gt 0 && ${S3_SETUP_REPLACE_LIFECYCLE:-} != 1 ]]; then
    echo "error: $BUCKET already has $others lifecycle rule(s); putting ours would replace them." >&2
    echo "Add this rule to the existing configuration yourself, or rerun with S3_SETUP_REPLACE_LIFECYCLE=1:" >&2
    echo "  ID=$RULE_ID, Filter.Prefix=$PREFIX, Expiration.Days=$expire, NoncurrentVersionExpiration.NoncurrentDays=1, AbortIncompleteMultipartUpload.DaysAfterInitiation=1" >&2
    exit 1
  fi
  setting "lifecycle: objects under $PREFIX (pr/ objects too) expire after $expire days, old versions and incomplete uploads after 1 day" \
    put-bucket-lifecycle-configuration --bucket "$BUCKET" --lifecycle-configuration \
    "{\"Rules\":[{\"ID\":\"$RULE_ID\",\"Status\":\"Enabled\",\"Filter\":{\"Prefix\":\"$PREFIX\"},\"Expiration\":{\"Days\":$expire},\"NoncurrentVersionExpiration\":{\"NoncurrentDays\":1},\"AbortIncompleteMultipartUpload\":{\"DaysAfterInitiation\":1}}]}"
}

# setup_role NAME TRUST PERMISSIONS DESCRIPTION: creates the role, or replaces the trust policy of the existing
# one; then puts (replaces) its inline permission policy.
setup_role() {
  local name=$1 trust=$2 permissions=$3 description=$4 compact_trust compact_permissions
  compact_trust=$(tr -s ' \n' ' ' <<<"$trust")
  compact_permissions=$(tr -s ' \n' ' ' <<<"$permissions")
  if query iam get-role --role-name "$name" --query Role.Arn --output text >/dev/null; then
    update_trust "$name" "$compact_trust"
  elif [[ $DRY_RUN == 0 ]] && ! grep -q '(NoSuchEntity)' "$ERR_FILE"; then
    failed "reading the role $name"
  elif change iam create-role --role-name "$name" --assume-role-policy-document "$compact_trust" \
    --description "$description" --max-session-duration 3600 >/dev/null; then
    ok "created the role $name"
  elif grep -q '(EntityAlreadyExists)' "$ERR_FILE"; then
    update_trust "$name" "$compact_trust"
  else
    failed "creating the role $name"
  fi
  dry_alternative "if the role exists" iam update-assume-role-policy --role-name "$name" \
    --policy-document "$compact_trust"
  change iam put-role-policy --role-name "$name" --policy-name "$POLICY_NAME" \
    --policy-document "$compact_permissions" || failed "putting the permission policy of $name"
  ok "the permission policy $POLICY_NAME of $name is up to date"
}
update_trust() {
  change iam update-assume-role-policy --role-name "$1" --policy-document "$2" ||
    failed "updating the trust policy of $1"
  ok "the role $1 exists; its trust policy is up to date"
}

finish() {
  local vars=(AWS_REGION "$REGION" S3_CACHE_BUCKET "$BUCKET" AWS_ROLE_ARN "$WRITER_ARN" AWS_PR_ROLE_ARN "$PR_ARN")
  local i
  echo
  if [[ $SET_VARIABLES == 1 ]]; then
    for ((i = 0; i < ${#vars[@]}; i += 2)); do
      run "$GH_CLI" variable set "${vars[i]}" --body "${vars[i + 1]}" --repo "$OWNER/$REPO" ||
        die "'gh variable set ${vars[i]}' failed; set the variables below yourself"
      [[ $DRY_RUN == 1 ]] || echo "set: ${vars[i]}=${vars[i + 1]}"
    done
    [[ $DRY_RUN == 1 ]] || echo "The repository variables of $OWNER/$REPO are set."
  else
    echo "Set these repository variables of $OWNER/$REPO (Settings > Secrets and variables > Actions >"
    echo "Variables, or rerun with --set-variables):"
    echo
    for ((i = 0; i < ${#vars[@]}; i += 2)); do echo "  ${vars[i]}=${vars[i + 1]}"; done
  fi
  echo
  echo "$WRITER_ROLE is assumable only by runs on $BRANCH; $PR_ROLE only by pull requests of $OWNER/$REPO"
  echo "(subjects repo:$OWNER/$REPO:... and repo:$OWNER@$OWNER_ID/$REPO@$REPO_ID:...)."
  local inputs=()
  [[ $PREFIX == cache/ ]] || inputs+=("s3-prefix: $PREFIX")
  [[ $MODEL_ID == "$DEFAULT_MODEL" ]] || inputs+=("model-id: $MODEL_ID")
  [[ -z $KMS_KEY ]] || inputs+=("s3-sse: aws:kms" "s3-kms-key-id: $KMS_KEY")
  inputs+=("batch-role-arn: $BATCH_ARN")
  if [[ ${#inputs[@]} -gt 0 ]]; then
    echo "Give the action these inputs too:"
    printf '  %s\n' "${inputs[@]}"
  fi
  echo "The cache of $OWNER/$REPO lives at s3://$BUCKET/${PREFIX}$OWNER/$REPO/; clear it with"
  echo "  aws s3 rm s3://$BUCKET/${PREFIX}$OWNER/$REPO/ --recursive"
}

main() {
  exec 3>&1
  ERR_FILE=$(mktemp)
  trap 'rm -f "$ERR_FILE"' EXIT
  parse_args "$@"
  validate
  if [[ $DRY_RUN == 0 ]]; then
    command -v "$AWS_CLI" >/dev/null || die "the AWS CLI ($AWS_CLI) is not installed"
  fi
  [[ $SET_VARIABLES == 0 || $DRY_RUN == 1 ]] || command -v "$GH_CLI" >/dev/null ||
    die "--set-variables needs the GitHub CLI (gh); without it, set the variables printed at the end yourself"
  [[ $DRY_RUN == 0 ]] || say "dry run: no call is made; these are the calls a real run makes, in order"
  resolve_ids
  build_policies
  setup_oidc_provider
  setup_bucket
  setup_role "$WRITER_ROLE" "$WRITER_TRUST" "$WRITER_PERMISSIONS" \
    "ai-scanner-action writer: runs on $BRANCH of $OWNER/$REPO"
  setup_role "$PR_ROLE" "$PR_TRUST" "$PR_PERMISSIONS" "ai-scanner-action: pull requests of $OWNER/$REPO"
  setup_role "$BATCH_ROLE" "$BATCH_TRUST" "$BATCH_PERMISSIONS" \
    "ai-scanner-action: Bedrock batch jobs of $OWNER/$REPO"
  finish
}
main "$@"
