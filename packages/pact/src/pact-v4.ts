import { DslError, PactBuilder } from '@pactwright/engine';
import type { Body, HttpInteraction, JsonValue, Matcher, MatchingRules, PactwrightOptions, WritableSpecVersion } from '@pactwright/engine';
import { executeTest } from './execute-test.js';
import { applyRules, contentTypeRule, modelRules, withRules } from './rules.js';
import { graphQLBody, queryText, type GraphQLVariables } from './graphql.js';
import { multipartUpload } from './multipart.js';
import { compileXmlDocument, xmlBuilderDocument } from './xml.js';
import { asynchronousMessage, synchronousMessage, type V4UnconfiguredAsynchronousMessage, type V4UnconfiguredSynchronousMessage } from './v4-messages.js';
import { readBodyFile, sessionOptions } from './session-options.js';
import { writtenSpec } from './specification.js';
import type { JsonMap, Path, PactV4Options, Rules, TemplateHeaders, TemplateQuery, V4MockServer, V4Request, V4Response } from './types.js';

export type Comment = string;
export type CustomComment = { key: string; value: string };

/** The request builder of `withRequest(method, path, (builder) => …)`. */
export interface V4RequestBuilder {
  query(query: TemplateQuery): V4RequestBuilder;
  headers(headers: TemplateHeaders): V4RequestBuilder;
  jsonBody(body: unknown): V4RequestBuilder;
  xmlBody(body: unknown): V4RequestBuilder;
  binaryFile(contentType: string, file: string): V4RequestBuilder;
  multipartBody(contentType: string, filename: string, mimePartName: string, boundary?: string): V4RequestBuilder;
  matchingRules(rules: Rules): V4RequestBuilder;
  body(contentType: string, body: Buffer): V4RequestBuilder;
}
/** The response builder of `willRespondWith(status, (builder) => …)`. */
export type V4ResponseBuilder = Omit<V4RequestBuilder, 'query'> & { [K in Exclude<keyof V4RequestBuilder, 'query'>]: (...args: Parameters<V4RequestBuilder[K]>) => V4ResponseBuilder };
export type V4RequestBuilderFunc = (builder: V4RequestBuilder) => void;
export type V4ResponseBuilderFunc = (builder: V4ResponseBuilder) => void;

/** The request builder of a GraphQL interaction: query parameters and headers only. */
export type V4GraphQLRequestBuilder = Pick<V4RequestBuilder, 'query' | 'headers'>;
export interface V4GraphQLInteractionWithRequest {
  withQuery(query: unknown): V4InteractionWithRequest;
  withMutation(mutation: unknown): V4InteractionWithRequest;
}
export interface V4UnconfiguredGraphQLInteraction {
  given(state: string, parameters?: JsonMap): V4UnconfiguredGraphQLInteraction;
  uponReceiving(description: string): V4UnconfiguredGraphQLInteraction;
  withOperation(operation: string): V4UnconfiguredGraphQLInteraction;
  withVariables(variables: GraphQLVariables): V4UnconfiguredGraphQLInteraction;
  withRequest(method: string, path: Path, builder?: (builder: V4GraphQLRequestBuilder) => void): V4GraphQLInteractionWithRequest;
}

export interface PluginConfig {
  plugin: string;
  version: string;
}

export interface V4InteractionWithResponse {
  executeTest<T>(testFn: (mockServer: V4MockServer) => Promise<T>): Promise<T | undefined>;
}
export interface V4InteractionWithRequest {
  willRespondWith(status: number | Matcher<number>, builder?: V4ResponseBuilderFunc): V4InteractionWithResponse;
}
export interface V4InteractionWithCompleteRequest {
  withCompleteResponse(response: V4Response): V4InteractionWithResponse;
}
export interface V4UnconfiguredInteraction {
  given(state: string, parameters?: JsonMap): V4UnconfiguredInteraction;
  uponReceiving(description: string): V4UnconfiguredInteraction;
  pending(pending?: boolean): V4UnconfiguredInteraction;
  comment(comment: Comment | CustomComment): V4UnconfiguredInteraction;
  testName(name: string): V4UnconfiguredInteraction;
  reference(group: string, name: string, value: string): V4UnconfiguredInteraction;
  withCompleteRequest(request: V4Request): V4InteractionWithCompleteRequest;
  withRequest(method: string, path: Path, builder?: V4RequestBuilderFunc): V4InteractionWithRequest;
  usingPlugin(config: PluginConfig): never;
}

/** A request or response as the builder functions fill it in. */
interface Part {
  headers?: TemplateHeaders;
  query?: TemplateQuery;
  body?: unknown;
  contentType?: string;
  rules?: MatchingRules;
  /**
   * The body's own content type as Pact JS records it in a V4 file, when it differs from the
   * header: `*\/*` for `binaryFile`, `multipart/form-data` (no boundary) for `multipartBody`.
   */
  recordedType?: string;
}

function partBuilder(part: Part, where: string): V4RequestBuilder {
  const builder: V4RequestBuilder = {
    query(query) {
      part.query = { ...part.query, ...query };
      return builder;
    },
    headers(headers) {
      part.headers = { ...part.headers, ...headers };
      return builder;
    },
    jsonBody(body) {
      part.body = body;
      part.contentType ??= 'application/json';
      return builder;
    },
    xmlBody(body) {
      const document = xmlBuilderDocument(body);
      if (document === undefined) {
        if (typeof body !== 'string') throw new DslError(`${where}.xmlBody: expected XML text or an XmlBuilder document, got ${typeof body}`);
        part.body = body;
      } else {
        const { xml, rules } = compileXmlDocument(document);
        part.body = xml;
        part.rules = withRules(part.rules, rules);
      }
      part.contentType = 'application/xml';
      return builder;
    },
    binaryFile(contentType, file) {
      builder.body(contentType, readBodyFile(`${where}.binaryFile`, file));
      part.recordedType = '*/*';
      return builder;
    },
    multipartBody(contentType, filename, mimePartName, boundary) {
      const upload = multipartUpload(contentType, filename, mimePartName, boundary);
      part.body = upload.body;
      part.contentType = upload.contentType;
      part.headers = { ...part.headers, 'Content-Type': upload.contentType };
      part.rules = withRules(part.rules, upload.rules);
      part.recordedType = 'multipart/form-data';
      return builder;
    },
    matchingRules(rules) {
      part.rules = modelRules(rules, `${where}.matchingRules`);
      return builder;
    },
    body(contentType, body) {
      part.body = body;
      part.contentType = contentType;
      // As in Pact JS, bytes match by content type, not byte for byte.
      part.rules = withRules(part.rules, contentTypeRule(contentType));
      return builder;
    },
  };
  return builder;
}

function fileBodyType(body: Body, part: Part): Body {
  return part.recordedType !== undefined && body.kind === 'present' ? { ...body, contentType: part.recordedType } : body;
}

function headersWithType(part: Part): TemplateHeaders | undefined {
  if (part.contentType === undefined || Object.keys(part.headers ?? {}).some((name) => name.toLowerCase() === 'content-type')) return part.headers;
  return { ...part.headers, 'Content-Type': part.contentType };
}

/**
 * Pact JS's `PactV4` (also exported as `Pact`): each `addInteraction()` is built and then run by its
 * own `executeTest`, which serves that interaction, verifies it and writes (merges) the pact, V4
 * unless `spec` says otherwise.
 *
 * @example
 * ```ts
 * const pact = new PactV4({ consumer: 'web', provider: 'users-api' });
 * await pact
 *   .addInteraction()
 *   .given('user 1 exists')
 *   .uponReceiving('a request for user 1')
 *   .withRequest('GET', '/users/1')
 *   .willRespondWith(200, (builder) => builder.jsonBody(MatchersV3.like({ id: 1 })))
 *   .executeTest(async (mockServer) => fetch(`${mockServer.url}/users/1`));
 * ```
 */
export class PactV4 {
  private written = false;

  private readonly session: PactwrightOptions;

  constructor(private readonly opts: PactV4Options) {
    this.session = sessionOptions(opts, 'PactV4', writtenSpec(opts?.spec, '4'), true);
  }

  /** Kept for Pact JS compatibility: nothing to set up before the first interaction. */
  setup(): void {}

  addInteraction(): V4UnconfiguredInteraction {
    return this.interaction();
  }

  /** A synchronous message interaction: `withRequest((b) => …)`, `withResponse((b) => …)`, `executeTest`. */
  addSynchronousInteraction(description: string): V4UnconfiguredSynchronousMessage {
    return synchronousMessage(this.opts, description);
  }

  /** An asynchronous message: `expectsToReceive(description, (b) => …)`, `executeTest`. */
  addAsynchronousInteraction(): V4UnconfiguredAsynchronousMessage {
    return asynchronousMessage(this.opts);
  }

  /** A GraphQL interaction: `withOperation`, `withVariables`, `withRequest`, then `withQuery` or `withMutation`. */
  addGraphQLInteraction(): V4UnconfiguredGraphQLInteraction {
    const inner = this.interaction();
    let operation: string | undefined;
    let variables: GraphQLVariables | undefined;
    const graphQL: V4UnconfiguredGraphQLInteraction = {
      given(state, parameters) {
        inner.given(state, parameters);
        return graphQL;
      },
      uponReceiving(description) {
        inner.uponReceiving(description);
        return graphQL;
      },
      withOperation(name) {
        operation = name;
        return graphQL;
      },
      withVariables(values) {
        variables = values;
        return graphQL;
      },
      withRequest(method, path, fill) {
        const withQuery = (query: unknown): V4InteractionWithRequest =>
          inner.withRequest(method, path, (builder) => {
            fill?.(builder);
            builder.jsonBody(graphQLBody(queryText(query, 'withQuery'), operation, variables));
          });
        return { withQuery, withMutation: withQuery };
      },
    };
    return graphQL;
  }

  private interaction(): V4UnconfiguredInteraction {
    const spec = this.session.spec as WritableSpecVersion;
    let built: HttpInteraction | undefined;
    const builder = new PactBuilder((interaction) => (built = interaction), { spec });
    const comments: Record<string, JsonValue> = {};
    const request: Part = {};
    const response: Part = {};
    let method = '';
    let path: Path = '';

    const run = async <T>(testFn: (mockServer: V4MockServer) => Promise<T>): Promise<T | undefined> => {
      if (built === undefined) throw new DslError('executeTest: the interaction is not complete (withRequest and willRespondWith are needed)');
      let interaction = applyRules(built, request.rules, response.rules);
      interaction = { ...interaction, request: { ...interaction.request, body: fileBodyType(interaction.request.body, request) }, response: { ...interaction.response, body: fileBodyType(interaction.response.body, response) } };
      if (Object.keys(comments).length > 0) {
        const existing = typeof interaction.comments === 'object' && interaction.comments !== null && !Array.isArray(interaction.comments) ? interaction.comments : {};
        interaction = { ...interaction, comments: { ...existing, ...comments } };
      }
      const overwrite = this.opts.pactfileWriteMode === 'overwrite' && !this.written;
      const value = await executeTest({ session: this.session, interactions: [interaction], overwrite }, testFn);
      this.written = true;
      return value;
    };

    const withResponse: V4InteractionWithResponse = { executeTest: run };
    const respond = (status: number | Matcher<number>, fill?: V4ResponseBuilderFunc): V4InteractionWithResponse => {
      fill?.(partBuilder(response, 'willRespondWith') as unknown as V4ResponseBuilder);
      builder.withRequest({ method, path, query: request.query, headers: headersWithType(request), body: request.body } as never);
      builder.willRespondWith({ status, headers: headersWithType(response), body: response.body } as never);
      return withResponse;
    };

    const unconfigured: V4UnconfiguredInteraction = {
      given(state, parameters) {
        builder.given(state, parameters as Record<string, never> | undefined);
        return unconfigured;
      },
      uponReceiving(description) {
        builder.uponReceiving(description);
        return unconfigured;
      },
      pending(pending = true) {
        builder.pending(pending);
        return unconfigured;
      },
      comment(comment) {
        if (typeof comment === 'string') builder.comment(comment);
        else comments[comment.key] = comment.value;
        return unconfigured;
      },
      testName(name) {
        builder.testName(name);
        return unconfigured;
      },
      reference(group, name, value) {
        const references = (comments.references ??= {}) as Record<string, Record<string, JsonValue>>;
        (references[group] ??= {})[name] = value;
        return unconfigured;
      },
      withCompleteRequest(complete) {
        return {
          withCompleteResponse(completeResponse) {
            builder.withRequest(complete as never);
            builder.willRespondWith(completeResponse as never);
            return withResponse;
          },
        };
      },
      withRequest(requestMethod, requestPath, fill) {
        method = requestMethod;
        path = requestPath;
        fill?.(partBuilder(request, 'withRequest'));
        return { willRespondWith: respond };
      },
      usingPlugin(): never {
        throw new DslError('usingPlugin: Pact plugins are not supported by @pactwright/pact (it has no native core to load them into)');
      },
    };
    return unconfigured;
  }
}
