import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Config } from './config/config.js';
import { ConfigurationError } from './config/errors.js';
import { BedrockModelClient } from './scanner/bedrock-client.js';
import { capabilitiesFor } from './scanner/capabilities.js';
import { systemPrompt } from './scanner/prompt.js';
import type { ModelClient } from './scanner/model-client.js';

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
  return new BedrockModelClient({
    modelId: config.modelId,
    region: config.awsRegion,
    endpoint: config.bedrockEndpoint,
    credentials,
    system: systemPrompt(config.complianceFrameworks, config.instructions),
    capabilities: capabilitiesFor(config.modelId),
  });
}
