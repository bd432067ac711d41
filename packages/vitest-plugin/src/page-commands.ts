/**
 * The Node side of Vitest browser mode: the browser commands a page calls (page-protocol.ts). Each
 * page test file gets a real file run here, on the msw transport with a capture in place of msw,
 * into which the page's registrations and requests are replayed in the order they happened. The
 * verdict, the report, the run owner's record and the pact are then those of a Node test file.
 */
import { ConfigurationError, type InterceptMock, type MockCore, type ResolvedPactwrightOptions, type HttpRequest } from '@pactwright/engine';
import { createFileRun, type FileRecordKeeper, type FileRun } from '@pactwright/engine/runner';
import { PAGE_COMMANDS, type PageFileEnd, type PageTestEnd, type PageVerdict, type WireRequest } from './page-protocol.js';

/** What the commands need from the plugin: the resolved options and the run owner's directory. */
export interface PageCommandsState {
  options(): ResolvedPactwrightOptions;
  runDir(): string | undefined;
  /** The run owner's `keepRecord` (it runs in this process too), once the owner is installed. */
  keepRecord?(): FileRecordKeeper | undefined;
}

interface PageFile {
  run: FileRun;
  core: MockCore;
}

interface CommandContext {
  testPath: string | undefined;
}

/** The commands to add to `test.browser.commands`. */
export function pageCommands(state: PageCommandsState): Record<string, (context: CommandContext, ...args: never[]) => unknown> {
  const files = new Map<string, PageFile>();
  const fileOf = (context: CommandContext): PageFile => {
    const found = files.get(context.testPath ?? '');
    if (found === undefined) throw new ConfigurationError('plugins', `no Pactwright session for ${context.testPath ?? 'this test file'}: the page's setup did not begin it`);
    return found;
  };
  return {
    async [PAGE_COMMANDS.beginFile](context: CommandContext, _testPath: string, baseUrl: string) {
      const testFile = context.testPath ?? _testPath;
      let core: MockCore | undefined;
      // msw runs in the page; here the mock only needs its core, to replay into.
      const capture: InterceptMock = (captured) => {
        core = captured;
        return Promise.resolve({ close: () => Promise.resolve() });
      };
      const runDir = state.runDir();
      const keepRecord = state.keepRecord?.();
      const run = createFileRun(
        { ...state.options(), transport: 'msw', baseUrl },
        { testFile, ...(runDir === undefined ? {} : { runDir }), ...(keepRecord === undefined ? {} : { keepRecord }), intercept: capture, concurrent: true },
      );
      await run.start();
      if (core === undefined) throw new ConfigurationError('transport', 'the session did not hand over its mock');
      files.set(testFile, { run, core });
    },
    [PAGE_COMMANDS.endTest](context: CommandContext, end: PageTestEnd): PageVerdict {
      const { run, core } = fileOf(context);
      run.beginTest(end.name);
      for (const event of end.events) {
        if (event.kind === 'register') run.session.pact.addInteraction(event.interaction);
        else core.respond(modelRequest(event.request), {});
      }
      const testError = end.error === undefined ? undefined : Object.assign(new Error(end.error.message), { name: end.error.name });
      const error = run.endTest({ willRetry: end.willRetry, skipped: end.skipped, testErrors: testError === undefined ? [] : [testError], unfinished: end.unfinished });
      if (error === undefined) return undefined;
      return { name: error.name, message: error.message, mismatches: error.mismatches, ...(error.showDiff ? { actual: error.actual, expected: error.expected } : {}) };
    },
    async [PAGE_COMMANDS.endFile](context: CommandContext, end: PageFileEnd) {
      const { run } = fileOf(context);
      files.delete(context.testPath ?? '');
      if (end.failure !== undefined) run.markFailed(end.failure);
      if (end.partial) run.markPartial();
      await run.finish();
    },
  };
}

function modelRequest(wire: WireRequest): HttpRequest {
  const { body, ...head } = wire;
  if (body.kind !== 'present') return { ...head, body };
  const content = new Uint8Array(Buffer.from(body.base64, 'base64'));
  return { ...head, body: { kind: 'present', content, ...(body.contentType === undefined ? {} : { contentType: body.contentType }), ...(body.hint === undefined ? {} : { hint: body.hint }) } };
}
