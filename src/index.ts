import { FileReader } from './git/file-reader/file-reader.js';

// The file reader's thread boots first, while the action's modules load, so it is up by the time the plan is.
const fileReader = new FileReader();
const { run } = await import('./main.js');
await run(fileReader);
