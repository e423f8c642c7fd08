import { describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { explainFatal } from '../../src/scanner/bedrock-errors.js';

const MODEL = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

describe('explainFatal: the Bedrock errors no call gets past, as what to fix', () => {
  it('missing credentials: not sent, and says where credentials come from', () => {
    const e = explainFatal(
      'CredentialsProviderError',
      'Could not load credentials from any providers',
      MODEL,
      'us-east-1',
    );
    assert.equal(e?.sent, false);
    assert.match(
      e.message,
      /^No AWS credentials were found to call Bedrock: .*\(CredentialsProviderError: Could not load credentials from any providers\)$/,
    );
    assert.match(e.message, /role-to-assume.*id-token: write.*AWS_PROFILE.*AWS_ACCESS_KEY_ID.*aws sso login/);
  });

  it('a model that needs an inference profile: names the profile ids of the region and the global one', () => {
    const said =
      "Invocation of model ID anthropic.claude-sonnet-4-5-20250929-v1:0 with on-demand throughput isn't supported. Retry your request with the ID or ARN of an inference profile that contains this model.";
    const cases: [string, string[]][] = [
      ['us-east-1', ['us.', 'global.']],
      ['eu-west-1', ['eu.', 'global.']],
      ['ap-northeast-1', ['apac.', 'global.']],
      ['me-central-1', ['global.']],
    ];
    for (const [region, prefixes] of cases) {
      const e = explainFatal('ValidationException', said, MODEL, region);
      assert.equal(e?.sent, true);
      assert.match(
        e.message,
        new RegExp(`^model-id ${MODEL.replace(/\./g, '\\.')} cannot be called directly in ${region}`),
      );
      const ids = prefixes.map((p) => `${p}${MODEL}`).join(' or ');
      assert.ok(e.message.includes(`such as ${ids} (`), e.message);
    }
  });

  it('an unknown model id (either shape Bedrock answers with) names model-id and the region', () => {
    for (const [name, said] of [
      ['ValidationException', 'The provided model identifier is invalid.'],
      ['ResourceNotFoundException', 'Model not found.'],
    ]) {
      const e = explainFatal(name!, said!, 'us.anthropic.claude-nope', 'eu-west-3');
      assert.match(
        e!.message,
        /^Bedrock does not know model-id us\.anthropic\.claude-nope in eu-west-3: set model-id/,
      );
      assert.match(e!.message, /list-inference-profiles --region eu-west-3/);
    }
  });

  it('leaves every other error to the classifier', () => {
    assert.equal(explainFatal('ThrottlingException', 'Too many requests', MODEL, 'us-east-1'), undefined);
    assert.equal(
      explainFatal('ValidationException', 'Input is too long for requested model.', MODEL, 'us-east-1'),
      undefined,
    );
  });
});
