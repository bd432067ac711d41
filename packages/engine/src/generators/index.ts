// Public exports of the generators layer (re-exported by src/index.ts).
export type { GeneratorContext } from './context.js';
export { generateResponse } from './generate-response.js';
export { generateValue } from './generate-value.js';
