/** The scanner's version: part of the cache fingerprint and of every report (a test keeps it equal to package.json). */
export const VERSION = '1.0.0';
