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
