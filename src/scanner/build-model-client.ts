import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Config } from '../config/config.js';
import { ConfigurationError } from '../config/errors.js';
import { capabilitiesFor } from './capabilities.js';
import { systemPrompt } from './prompt.js';
import { lazyModelClient, type ModelClient } from './model-client.js';

/** The Bedrock client for a config; the region is required unless this is a dry run. */
export function modelClient(
  config: Config,
  credentials: AwsCredentialIdentityProvider | undefined,
): ModelClient | undefined {
  if (config.dryRun) return undefined;
  if (!config.awsRegion)
    throw new ConfigurationError(
      "Input 'aws-region' is empty: set it (for example aws-region: us-east-1) or the AWS_REGION variable, or use dry-run.",
    );
  const region = config.awsRegion;
  // Built on the first call: a run whose files are all cached never loads the Bedrock SDK.
  return lazyModelClient(config.modelId, async () => {
    const { BedrockModelClient } = await import('./bedrock-client.js');
    return new BedrockModelClient({
      modelId: config.modelId,
      region,
      endpoint: config.bedrockEndpoint,
      credentials,
      system: systemPrompt(config.complianceFrameworks, config.instructions),
      capabilities: capabilitiesFor(config.modelId),
    });
  });
}
