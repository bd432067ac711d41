/**
 * Every error Pactwright throws on purpose is a `PactwrightError` subclass, so callers can tell
 * ours from bugs, and every message says what went wrong and where.
 */
/** The error classes an error was made as, by name, shared by every copy of the engine. */
const ERROR_KINDS: unique symbol = Symbol.for('pactwright.error-kinds');

export class PactwrightError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    const kinds: string[] = [];
    for (let kind: unknown = new.target; typeof kind === 'function' && kind !== Error; kind = Object.getPrototypeOf(kind)) kinds.push((kind as { name: string }).name);
    Object.defineProperty(this, ERROR_KINDS, { value: kinds });
  }

  /**
   * \`instanceof\` also holds for the same error class of another copy of the engine: the ES module
   * and CommonJS files, and the browser-ready core (\`@pactwright/engine/core\`, which
   * \`@pactwright/msw\` uses) each have their own classes.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    const kinds = typeof value === 'object' && value !== null ? (value as Record<symbol, unknown>)[ERROR_KINDS] : undefined;
    return Array.isArray(kinds) && kinds.includes(this.name);
  }
}

/** A pact file (or pact JSON) that cannot be loaded. `path` is the JSON path of the bad field. */
export class PactParseError extends PactwrightError {
  readonly path: string;
  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super(path ? `${path}: ${problem}` : problem, options);
    this.path = path;
  }
}

/** The requested port is already bound by another server or process. */
export class PortInUseError extends PactwrightError {
  readonly port: number;
  constructor(port: number, host: string, options?: { cause?: unknown }) {
    super(`port ${port} on ${host} is already in use`, options);
    this.port = port;
  }
}

/** An option has a value we cannot use. `option` names it as the user wrote it. */
export class ConfigurationError extends PactwrightError {
  readonly option: string;
  constructor(option: string, problem: string, options?: { cause?: unknown }) {
    super(`${option}: ${problem}`, options);
    this.option = option;
  }
}

/** A pact file could not be written (I/O error, lock not obtained, unsafe name, merge impossible). */
export class PactWriteError extends PactwrightError {
  readonly file: string | undefined;
  constructor(message: string, file?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.file = file;
  }
}

/** A DSL call in the wrong order or with a value that contradicts itself. */
export class DslError extends PactwrightError {}

/**
 * A test's interactions were not all received, or a request did not match. The message is the
 * readable report; `actual`/`expected` carry the closest received request and expected request
 * (plain JSON) so Vitest and Mocha render their own diff; `mismatches` holds the raw entries.
 */
export class PactVerificationError extends PactwrightError {
  readonly mismatches: readonly unknown[];
  readonly actual: unknown;
  readonly expected: unknown;
  readonly showDiff: boolean;
  constructor(message: string, details: { mismatches: readonly unknown[]; actual?: unknown; expected?: unknown; cause?: unknown }) {
    super(message);
    // Enumerable, unlike a standard `cause`: runners that copy errors between processes by their
    // enumerable properties (Mocha's --parallel workers) keep it that way.
    if (details.cause !== undefined) Object.defineProperty(this, 'cause', { value: details.cause, enumerable: true, writable: true, configurable: true });
    this.mismatches = details.mismatches;
    this.actual = details.actual;
    this.expected = details.expected;
    this.showDiff = details.actual !== undefined || details.expected !== undefined;
  }
}

/**
 * `pact` was used where no Pactwright test file is running: at a test file's top level or in a
 * `describe` body (they run before the file's mock server starts), after the file finished, or in
 * a run whose adapter is not set up. The message says how to set up each runner.
 */
export class PactNotRunningError extends PactwrightError {
  constructor(member: string) {
    super(
      `pact.${member} was used outside a running Pactwright test file. Use pact inside tests and hooks ` +
        '(beforeAll/before, beforeEach, afterEach, afterAll/after), not at the top level of a test file or in a describe body. ' +
        "If it fails inside a test, the runner is not set up: Jest: testEnvironment: '@pactwright/jest-env' in the Jest config; " +
        'Vitest: plugins: [pactwright({ consumer, provider })] in the Vitest config, and pact imported from @pactwright/vitest-plugin ' +
        "in the test file's own imports (a file that does not import it gets no mock server); " +
        'Mocha: --require @pactwright/mocha-hooks (or "require": ["@pactwright/mocha-hooks"] in .mocharc).',
    );
  }
}

/**
 * Gives a verification error the stack frames of the user's test (for example Jest's
 * `test.asyncError.stack`), so the runner's code frame points at the test, not at Pactwright.
 * Only the frames of `stackFromTest` are used; its own message line is dropped. Returns `error`.
 *
 * @example
 * ```ts
 * withTestStack(report, test.asyncError?.stack);
 * ```
 */
export function withTestStack<E extends Error>(error: E, stackFromTest: string | undefined): E {
  const frames = (stackFromTest ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  error.stack = [`${error.name}: ${error.message}`, ...frames].join('\n');
  return error;
}

/** An error as plain data, to carry to another process and {@link restoreError} there. */
export interface PortableError {
  name: string;
  message: string;
  /** The error classes of a Pactwright error, by name (empty for any other error). */
  kinds: string[];
  /** Its own fields besides the message (`option`, `port`, `path`, `file`, …), when they are plain data. */
  fields: Record<string, unknown>;
}

/**
 * `error` as plain data (its class, message and plain fields), for a process that shows it to a
 * user as its own: the Vitest plugin's workers get the errors of their servers, which run in
 * Vitest's main process.
 *
 * @example
 * ```ts
 * socket.write(JSON.stringify(portableError(error)));
 * ```
 */
export function portableError(error: unknown): PortableError {
  if (!(error instanceof Error)) {
    // A runner's copy of an error (Vitest's test errors are plain, often prototype-less, objects).
    const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown };
    if (typeof message === 'string') return { name: typeof name === 'string' ? name : 'Error', message, kinds: [], fields: {} };
    return { name: 'Error', message: typeof error === 'object' && error !== null ? Object.prototype.toString.call(error) : String(error), kinds: [], fields: {} };
  }
  const kinds = (error as unknown as Record<symbol, unknown>)[ERROR_KINDS];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'cause' && (value === null || ['string', 'number', 'boolean'].includes(typeof value))) fields[key] = value;
  }
  return { name: error.name, message: error.message, kinds: Array.isArray(kinds) ? kinds.map(String) : [], fields };
}

/**
 * The error {@link portableError} described, made in this process: a Pactwright error is
 * `instanceof` its class (`ConfigurationError`, `PortInUseError`, …) here too, and has its fields.
 * Its stack is this process's, from where it is restored.
 *
 * @example
 * ```ts
 * throw restoreError(JSON.parse(line));
 * ```
 */
export function restoreError(portable: PortableError): Error {
  const error = new Error(portable.message);
  if (portable.kinds.length > 0) {
    Object.setPrototypeOf(error, PactwrightError.prototype);
    Object.defineProperty(error, ERROR_KINDS, { value: [...portable.kinds] });
  }
  Object.assign(error, portable.fields);
  error.name = portable.name;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  error.stack = [`${portable.name}: ${portable.message}`, ...frames].join('\n');
  return error;
}
