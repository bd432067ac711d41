import { PactwrightError } from '../errors.js';

/**
 * A generator that cannot produce a value (bad attribute, bad regex, missing context value).
 * Never escapes this layer: callers keep the example value instead.
 */
export class GeneratorError extends PactwrightError {}
