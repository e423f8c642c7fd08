import { FileInspector } from './git/file-inspector.js';

// The file reader's thread boots first, while the action's modules load, so it is up by the time the plan is.
const inspector = new FileInspector();
const { run } = await import('./main.js');
await run(inspector);
