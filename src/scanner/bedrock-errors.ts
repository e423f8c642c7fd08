/**
 * The Bedrock errors that no call can get past, said as what to fix. Each is reported once, as the reason the
 * scan could not run; the files it left are "not scanned" and never cached.
 */
export interface FatalExplanation {
  message: string;
  /** False when the request never left this machine (no credentials): it is not counted as a model call. */
  sent: boolean;
}

export function explainFatal(
  name: string,
  serviceMessage: string,
  modelId: string,
  region: string | undefined,
): FatalExplanation | undefined {
  // The service's own words come last and short: what to fix must survive any clipping of the message.
  const said = `${name}: ${serviceMessage.length > 160 ? `${serviceMessage.slice(0, 159)}…` : serviceMessage}`;
  const where = region ?? 'this region';
  if (name === 'CredentialsProviderError' || /could not load credentials/i.test(serviceMessage))
    return {
      sent: false,
      message:
        'No AWS credentials were found to call Bedrock: in GitHub Actions set role-to-assume (the job needs ' +
        '`permissions: id-token: write`); elsewhere set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, ' +
        `or sign in with \`aws sso login\` (docs/aws-setup.md) (${said})`,
    };
  if (/on-demand throughput|inference profile/i.test(serviceMessage))
    return {
      sent: true,
      message:
        `model-id ${modelId} cannot be called directly in ${where}: use an inference profile id, the model id ` +
        `with a geography prefix, such as ${profileIds(modelId, region).join(' or ')} ` +
        `(\`aws bedrock list-inference-profiles --region ${where}\` lists them) (${said})`,
    };
  if (name === 'ResourceNotFoundException' || /model identifier is invalid/i.test(serviceMessage))
    return {
      sent: true,
      message:
        `Bedrock does not know model-id ${modelId} in ${where}: set model-id to a model or inference profile id ` +
        `offered in ${where} (\`aws bedrock list-inference-profiles --region ${where}\`), or aws-region to a ` +
        `region that offers it (${said})`,
    };
  return undefined;
}

/** Geography prefixes of Bedrock's cross-region inference profiles, by the region's first part. */
const GEOGRAPHY: Record<string, string> = { us: 'us', ca: 'us', eu: 'eu', ap: 'apac', sa: 'us' };

/** The inference profile ids to suggest for a model id: its geography's, and the global one. */
function profileIds(modelId: string, region: string | undefined): string[] {
  const base = modelId.replace(/^(us|eu|apac|us-gov|jp|au|global)\./, '');
  const geography = GEOGRAPHY[(region ?? '').split('-')[0] ?? ''];
  return [...new Set([...(geography ? [`${geography}.${base}`] : []), `global.${base}`])];
}
