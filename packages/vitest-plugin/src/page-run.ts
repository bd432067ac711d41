/**
 * A test file's pact session in a browser page (Vitest browser mode): the engine core answers the
 * page's requests through msw's service worker, and every registration and request is logged, in
 * order, for the Node side, which verifies and writes as it does for Node test files.
 */
import { PactBuilder, PactMock, PactwrightError, checkBaseUrl, loadPact, serializePact } from '@pactwright/engine/core';
import type { HttpInteraction, HttpRequest, Interception, JsonSafe, MockCore, PactHandle } from '@pactwright/engine/core';
import type { ResolvedPactwrightOptions } from '@pactwright/engine';
import { interceptMock } from '@pactwright/msw';
import type { PageEvent, WireRequest } from './page-protocol.js';

export class PageRun {
  readonly url: string;
  private readonly mock: PactMock;
  private readonly builder: PactBuilder;
  private interception: Interception | undefined;
  private events: PageEvent[] = [];
  readonly pact: PactHandle;

  constructor(readonly options: ResolvedPactwrightOptions) {
    this.url = checkBaseUrl(options.baseUrl ?? location.origin);
    this.mock = new PactMock(loadPact(undefined, { consumer: options.consumer, provider: options.provider }), { spec: options.spec, limits: options.limits, cors: options.cors });
    this.builder = new PactBuilder((interaction) => this.register(interaction), { maxDepth: options.limits.maxDepth, spec: options.spec });
    const port = Number(new URL(this.url).port) || (this.url.startsWith('https:') ? 443 : 80);
    this.pact = {
      url: this.url,
      port,
      addInteraction: (interaction) => {
        const form = interaction as { uponReceiving?: unknown; withRequest?: unknown };
        if (typeof form.uponReceiving === 'string' && typeof form.withRequest === 'object') this.builder.addInteraction(interaction as Parameters<PactBuilder['addInteraction']>[0]);
        else this.register(interaction);
      },
      given: <P extends Record<string, unknown>>(state: string, params?: P & JsonSafe<P>) => this.builder.given<P>(state, params),
      uponReceiving: (description) => this.builder.uponReceiving(description),
    };
  }

  async start(): Promise<void> {
    const core = this.mock.core;
    // The page's mock answers; every request is also logged for the Node side's replay.
    const logging = {
      cors: core.cors,
      respond: (request: HttpRequest, context: Parameters<MockCore['respond']>[1]) => {
        this.events.push({ kind: 'request', request: wireRequest(request) });
        return core.respond(request, context);
      },
    } as unknown as MockCore;
    this.interception = await interceptMock(logging, { baseUrl: this.url, outside: 'passthrough' });
  }

  /** What the test did, for the Node side; the page's own mock forgets it. */
  endTest(): { events: PageEvent[]; unfinished: string[] } {
    const events = this.events;
    this.events = [];
    this.mock.verifyAndReset();
    return { events, unfinished: this.builder.unfinishedProblems() };
  }

  async close(): Promise<void> {
    this.mock.close();
    await this.interception?.close();
  }

  private register(interaction: HttpInteraction | object): void {
    const prepared = this.mock.addInteraction(interaction);
    this.events.push({ kind: 'register', interaction: interactionJson(prepared.interaction) });
  }
}

/** One interaction as V4 pact JSON: every rule, generator and field survives the trip to Node. */
function interactionJson(interaction: HttpInteraction): object {
  const text = serializePact({ consumer: { name: 'c' }, provider: { name: 'p' }, specVersion: '4', interactions: [interaction], otherInteractions: [], metadata: {} }, { spec: '4' });
  const [json] = (JSON.parse(text) as { interactions: object[] }).interactions;
  if (json === undefined) throw new PactwrightError('an interaction could not be serialized for the Node side');
  return json;
}

function wireRequest(request: HttpRequest): WireRequest {
  const { body, matchingRules: _rules, generators: _generators, ...head } = request;
  const wire = JSON.parse(JSON.stringify(head)) as Omit<WireRequest, 'body'>;
  if (body.kind !== 'present') return { ...wire, body: { kind: body.kind } };
  let binary = '';
  for (let i = 0; i < body.content.length; i += 0x8000) binary += String.fromCharCode(...body.content.subarray(i, i + 0x8000));
  return { ...wire, body: { kind: 'present', base64: btoa(binary), ...(body.contentType === undefined ? {} : { contentType: body.contentType }), ...(body.hint === undefined ? {} : { hint: body.hint }) } };
}
