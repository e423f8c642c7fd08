// The end-to-end and stand-in suites run whole processes and servers: a test may take minutes on a busy
// two-core machine. Jest reads `testTimeout` from the top-level config only, so these projects set theirs here.
import { jest } from '@jest/globals';

jest.setTimeout(180_000);
