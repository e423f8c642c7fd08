#!/usr/bin/env bash
# Creates (or brings up to date) the S3 bucket for ai-scanner-action's scan cache (docs/aws-setup.md):
#   - the bucket, in REGION (us-east-1 takes no LocationConstraint);
#   - default encryption SSE-S3 (AES256), all public access blocked, versioning left off;
#   - a lifecycle rule on the cache prefix: objects expire TTL+2 days after their last write (an object
#     not rewritten for that long holds only entries past the TTL), incomplete multipart uploads are
#     aborted after 1 day, and old versions (should versioning ever be turned on) go after 1 day.
# Then it prints the repository variables to set. Safe to run again.
#
# Usage: scripts/setup-s3-cache.sh BUCKET REGION
# Environment:
#   S3_PREFIX          cache key prefix (default cache/, the action's s3-prefix default)
#   CACHE_TTL_DAYS     the action's cache-ttl-days (default 7)
#   AWS_ENDPOINT_URL   an S3-compatible endpoint (testing, MinIO...), passed as --endpoint-url
#   AWS_CLI            the AWS CLI to run (default aws; v1 and v2 both work)
#   S3_SETUP_ALLOW_NOT_IMPLEMENTED=1  with AWS_ENDPOINT_URL set: skip settings the endpoint does not
#                      implement (NotImplemented) instead of failing
#   S3_SETUP_REPLACE_LIFECYCLE=1      replace a bucket lifecycle configuration that has other rules
set -euo pipefail

usage() {
  echo "usage: $0 BUCKET REGION   (env: S3_PREFIX=cache/ CACHE_TTL_DAYS=7 AWS_ENDPOINT_URL=...)" >&2
  exit 2
}
[[ $# -eq 2 ]] || usage
BUCKET=$1
REGION=$2
PREFIX=${S3_PREFIX:-cache/}
TTL_DAYS=${CACHE_TTL_DAYS:-7}
AWS_CLI=${AWS_CLI:-aws}
RULE_ID=ai-scanner-cache-expiry

[[ $BUCKET =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ ]] || { echo "error: '$BUCKET' is not a valid S3 bucket name" >&2; exit 2; }
[[ $REGION =~ ^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-[0-9]$ ]] || { echo "error: '$REGION' is not an AWS region such as us-east-1" >&2; exit 2; }
[[ $TTL_DAYS =~ ^[0-9]+$ && $TTL_DAYS -ge 1 ]] || { echo "error: CACHE_TTL_DAYS must be a whole number of days" >&2; exit 2; }
[[ $PREFIX == */ ]] || PREFIX="$PREFIX/"
[[ $PREFIX =~ ^[A-Za-z0-9!_.*\'()/-]+$ ]] || { echo "error: S3_PREFIX '$PREFIX' has characters the action does not accept" >&2; exit 2; }
command -v "$AWS_CLI" >/dev/null || { echo "error: the AWS CLI ($AWS_CLI) is not installed" >&2; exit 1; }
EXPIRE_DAYS=$((TTL_DAYS + 2))

export AWS_PAGER=""
ENDPOINT=${AWS_ENDPOINT_URL:-}
# Older CLIs do not read AWS_ENDPOINT_URL themselves; --endpoint-url works in every version.
s3api() {
  if [[ -n $ENDPOINT ]]; then
    "$AWS_CLI" --endpoint-url "$ENDPOINT" --region "$REGION" --output json s3api "$@"
  else
    "$AWS_CLI" --region "$REGION" --output json s3api "$@"
  fi
}

# Runs a bucket setting; an S3-compatible test endpoint may not implement it (only tolerated when asked).
setting() {
  local what=$1 out
  shift
  if out=$(s3api "$@" 2>&1); then
    echo "ok: $what"
    return 0
  fi
  if [[ ${S3_SETUP_ALLOW_NOT_IMPLEMENTED:-} == 1 && -n $ENDPOINT ]] && grep -q 'NotImplemented' <<<"$out"; then
    echo "skipped: $what (not implemented by $ENDPOINT)"
    return 0
  fi
  echo "error: $what failed:" >&2
  echo "$out" >&2
  exit 1
}

# 1. The bucket.
if head_out=$(s3api head-bucket --bucket "$BUCKET" 2>&1); then
  echo "ok: bucket $BUCKET exists"
elif grep -qE '403|Forbidden' <<<"$head_out"; then
  echo "error: bucket $BUCKET exists but these credentials may not use it (403); bucket names are global, pick another" >&2
  exit 1
else
  if [[ $REGION == us-east-1 ]]; then
    create=(create-bucket --bucket "$BUCKET")
  else
    create=(create-bucket --bucket "$BUCKET" --create-bucket-configuration "LocationConstraint=$REGION")
  fi
  if out=$(s3api "${create[@]}" 2>&1); then
    echo "ok: created bucket $BUCKET in $REGION"
  elif grep -q 'BucketAlreadyOwnedByYou' <<<"$out"; then
    echo "ok: bucket $BUCKET exists"
  else
    echo "error: could not create bucket $BUCKET:" >&2
    echo "$out" >&2
    exit 1
  fi
fi

# 2. Encryption at rest by default (the action also asks for SSE on every write).
setting "default encryption AES256" put-bucket-encryption --bucket "$BUCKET" \
  --server-side-encryption-configuration '{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}'

# 3. Nothing in the bucket is ever public.
setting "block all public access" put-public-access-block --bucket "$BUCKET" \
  --public-access-block-configuration 'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true'

# 4. Versioning stays off: every run rewrites the object, versions would only pile up.
versioning=$(s3api get-bucket-versioning --bucket "$BUCKET" --query Status --output text 2>/dev/null || true)
if [[ $versioning == Enabled ]]; then
  echo "warning: versioning is enabled on $BUCKET; old cache versions are expired after 1 day by the rule below"
else
  echo "ok: versioning is not enabled"
fi

# 5. Expiry under the prefix. A lifecycle configuration is replaced as a whole, so other rules are kept
#    only by refusing to overwrite them.
others=$(s3api get-bucket-lifecycle-configuration --bucket "$BUCKET" --query "length(Rules[?ID!='$RULE_ID'])" --output text 2>/dev/null || echo 0)
if [[ $others =~ ^[0-9]+$ && $others -gt 0 && ${S3_SETUP_REPLACE_LIFECYCLE:-} != 1 ]]; then
  echo "error: $BUCKET already has $others lifecycle rule(s); putting ours would replace them." >&2
  echo "Add this rule to the existing configuration yourself, or rerun with S3_SETUP_REPLACE_LIFECYCLE=1:" >&2
  echo "  ID=$RULE_ID, Filter.Prefix=$PREFIX, Expiration.Days=$EXPIRE_DAYS, AbortIncompleteMultipartUpload.DaysAfterInitiation=1" >&2
  exit 1
fi
lifecycle=$(
  cat <<JSON
{"Rules":[{"ID":"$RULE_ID","Status":"Enabled","Filter":{"Prefix":"$PREFIX"},
  "Expiration":{"Days":$EXPIRE_DAYS},
  "NoncurrentVersionExpiration":{"NoncurrentDays":1},
  "AbortIncompleteMultipartUpload":{"DaysAfterInitiation":1}}]}
JSON
)
setting "lifecycle: objects under $PREFIX expire after $EXPIRE_DAYS days, incomplete uploads after 1 day" \
  put-bucket-lifecycle-configuration --bucket "$BUCKET" --lifecycle-configuration "$lifecycle"

prefix_note=""
[[ $PREFIX == cache/ ]] || prefix_note=$'\nand pass s3-prefix: '"$PREFIX"$' to the action.'
cat <<EOF

The cache bucket is ready. Set these repository variables (Settings > Secrets and variables > Actions >
Variables), then create the IAM roles of docs/aws-setup.md:

  S3_CACHE_BUCKET=$BUCKET
  AWS_REGION=$REGION
  AWS_ROLE_ARN=arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>
  AWS_PR_ROLE_ARN=arn:aws:iam::<ACCOUNT_ID>:role/<PULL_REQUEST_ROLE_NAME>   (the pull-request role)
$prefix_note
The cache of OWNER/REPO lives at s3://$BUCKET/${PREFIX}OWNER/REPO/; clear it with
  aws s3 rm s3://$BUCKET/${PREFIX}OWNER/REPO/ --recursive
EOF
