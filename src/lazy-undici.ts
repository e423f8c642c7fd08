/**
 * What the bundle gives for `import ... from 'undici'` (tsconfig `paths`; the bundler follows them).
 * @actions/core imports undici through @actions/http-client, for a ProxyAgent that nothing on a scan's path
 * builds; bundled, undici's 1.1 MB would be compiled and run at every start, before the first log line. Here it
 * loads on first use instead: @actions/github's fetch loads it itself, and `loadUndici()` (awaited by the module
 * that builds the GitHub client) makes it ready for the synchronous ProxyAgent that a proxied runner needs.
 */
import type * as Undici from 'undici/index.js';

type UndiciModule = typeof Undici;
let undici: UndiciModule | undefined;

/** Loads undici (once); a path the alias does not match reaches the real module. */
export async function loadUndici(): Promise<UndiciModule> {
  undici ??= await import('undici/index.js');
  return undici;
}

function loaded(): UndiciModule {
  if (!undici) throw new Error('undici was used before loadUndici() had loaded it');
  return undici;
}

/** @public Imported as undici's by @actions/http-client and @actions/github, through tsconfig.json's paths. */
export class ProxyAgent {
  constructor(options: Undici.ProxyAgent.Options | string) {
    return new (loaded().ProxyAgent)(options);
  }
}

/** @public As ProxyAgent: undici's fetch for the modules that import it. */
export const fetch: UndiciModule['fetch'] = async (...args) => (await loadUndici()).fetch(...args);
