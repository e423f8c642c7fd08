import { describe, expect, it } from '@jest/globals';
import { errorMessage } from '../../src/errors.js';
import { readAwsError } from '../../src/aws-errors.js';

describe('errorMessage', () => {
  it('reads an Error, an error-like object and anything else thrown', () => {
    expect(errorMessage(new TypeError('bad type'))).toBe('bad type');
    expect(errorMessage({ name: 'ThrottlingException', message: 'slow down' })).toBe('slow down');
    expect(errorMessage('a string')).toBe('a string');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage({ message: 7 })).toBe('[object Object]');
  });
});

describe('readAwsError', () => {
  it('reads the fields an SDK error carries', () => {
    const e = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 429 },
      $response: { headers: { 'retry-after': '2' } },
    });
    expect(readAwsError(e)).toEqual({
      name: 'ThrottlingException',
      serviceCode: undefined,
      code: undefined,
      status: 429,
      message: 'Rate exceeded',
      retryAfterMs: 2000,
    });
  });

  it("reads S3's body code and Node's system code apart", () => {
    const fields = readAwsError({ name: 'Unknown', Code: 'NoSuchBucket', code: 'ECONNRESET' });
    expect(fields.serviceCode).toBe('NoSuchBucket');
    expect(fields.code).toBe('ECONNRESET');
  });

  it('reads nothing from what is not an error object, and ignores a Retry-After that is not a wait', () => {
    expect(readAwsError(null).name).toBeUndefined();
    expect(readAwsError('boom').message).toBeUndefined();
    expect(readAwsError({ $response: { headers: { 'retry-after': 'soon' } } }).retryAfterMs).toBeUndefined();
    expect(readAwsError({ $response: { headers: { 'retry-after': '0' } } }).retryAfterMs).toBeUndefined();
    expect(readAwsError({ $metadata: { httpStatusCode: '500' } }).status).toBeUndefined();
  });
});
