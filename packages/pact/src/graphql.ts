import { DslError } from '@pactwright/engine';
import { Interaction, type InteractionObject } from './pact-v2.js';

export type GraphQLVariables = { [name: string]: unknown };

/** The GraphQL operation types, as Pact JS names them. */
export enum OperationType {
  Mutation = 'Mutation',
  Query = 'Query',
}

/** A GraphQL query that cannot be used (empty, or neither text nor a parsed document). */
export class GraphQLQueryError extends DslError {}

/** A query given as text, or as a parsed GraphQL document (its source text is used). */
export function queryText(query: unknown, method: string): string {
  if (typeof query === 'string') return query;
  const source = (query as { loc?: { source?: { body?: unknown } } } | null)?.loc?.source?.body;
  if (typeof source === 'string') return source;
  throw new GraphQLQueryError(`${method}: expected the query as a string or a parsed GraphQL document, got ${JSON.stringify(query)}`);
}

/**
 * The regular expression Pact JS matches a GraphQL query with: the query's text, regex characters
 * escaped, each run of whitespace free (`\s*`), so a client's own formatting of the same query passes.
 */
export function queryPattern(query: string): string {
  return query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
}

/** The JSON body of a GraphQL request, the query matched by {@link queryPattern}. */
export function graphQLBody(query: string, operation: string | null | undefined, variables: GraphQLVariables | undefined): Record<string, unknown> {
  if (query.trim() === '') throw new GraphQLQueryError('GraphQL: the query (withQuery or withMutation) is required');
  const body: Record<string, unknown> = { query: { 'pact:matcher:type': 'regex', regex: queryPattern(query), value: query } };
  if (operation !== undefined) body.operationName = operation;
  if (variables !== undefined) body.variables = variables;
  return body;
}

/**
 * What a GraphQL interaction collects before its request is built (`withQuery`/`withMutation`,
 * `withOperation`, `withVariables`), and the request it then makes: a JSON POST whose body holds
 * the query (matched by {@link queryPattern}), the operation name and the variables. Shared by
 * `GraphQLInteraction` (PactV2) and `GraphQLPactV3`.
 */
export class GraphQLParts {
  query = '';

  constructor(
    public operation: string | null | undefined = undefined,
    public variables: GraphQLVariables | undefined = undefined,
  ) {}

  /** `req` as the GraphQL request: `Content-Type: application/json` unless it sets one, and the GraphQL body. */
  request<R extends { headers?: object | undefined }>(req: R): R & { body: Record<string, unknown> } {
    return { ...req, headers: { 'Content-Type': 'application/json', ...req.headers }, body: graphQLBody(this.query, this.operation, this.variables) };
  }
}

/**
 * Pact JS's `GraphQLInteraction`, for `PactV2`: an `Interaction` whose request is a GraphQL POST.
 *
 * @example
 * ```ts
 * await provider.addInteraction(new GraphQLInteraction().uponReceiving('a hello query').withQuery('{ hello }').withRequest({ method: 'POST', path: '/graphql' }).willRespondWith({ status: 200 }));
 * ```
 */
export class GraphQLInteraction extends Interaction {
  protected graphql = new GraphQLParts();

  withOperation(operation: string | null): this {
    this.graphql.operation = operation;
    return this;
  }

  withVariables(variables: GraphQLVariables): this {
    this.graphql.variables = variables;
    return this;
  }

  withQuery(query: string): this {
    this.graphql.query = queryText(query, 'withQuery');
    return this;
  }

  withMutation(mutation: string): this {
    this.graphql.query = queryText(mutation, 'withMutation');
    return this;
  }

  override json(): InteractionObject {
    const request = this.state.request;
    if (request === undefined) throw new DslError('GraphQLInteraction: withRequest({ method, path }) is required');
    this.state.request = this.graphql.request(request);
    return super.json();
  }
}

/** Pact JS's `ApolloGraphQLInteraction`: `operationName` (default `null`) and `variables` (default `{}`) always sent. */
export class ApolloGraphQLInteraction extends GraphQLInteraction {
  constructor() {
    super();
    this.graphql = new GraphQLParts(null, {});
  }
}
