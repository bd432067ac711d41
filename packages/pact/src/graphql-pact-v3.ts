import { DslError } from '@pactwright/engine';
import { GraphQLParts, queryText, type GraphQLVariables } from './graphql.js';
import { PactV3 } from './pact-v3.js';
import type { JsonMap, V3Request, V3Response } from './types.js';

/**
 * Pact JS's `GraphQLPactV3`: a `PactV3` whose interactions are GraphQL POSTs (`withQuery` or
 * `withMutation`, `withOperation`, `withVariables`, then `withRequest` and `willRespondWith`).
 *
 * @example
 * ```ts
 * const provider = new GraphQLPactV3({ consumer: 'web', provider: 'graphql-api' });
 * provider.uponReceiving('a hello query').withQuery('{ hello }').withRequest({ method: 'POST', path: '/graphql' }).willRespondWith({ status: 200, body: { data: { hello: 'hi' } } });
 * ```
 */
export class GraphQLPactV3 extends PactV3 {
  private graphql = new GraphQLParts();
  private req: V3Request | undefined;

  override given(providerState: string, parameters?: JsonMap): GraphQLPactV3 {
    super.given(providerState, parameters);
    return this;
  }

  override uponReceiving(description: string): GraphQLPactV3 {
    super.uponReceiving(description);
    return this;
  }

  withOperation(operation: string): GraphQLPactV3 {
    this.graphql.operation = operation;
    return this;
  }

  withVariables(variables: GraphQLVariables): GraphQLPactV3 {
    this.graphql.variables = variables;
    return this;
  }

  withQuery(query: unknown): GraphQLPactV3 {
    this.graphql.query = queryText(query, 'withQuery');
    return this;
  }

  withMutation(mutation: unknown): GraphQLPactV3 {
    this.graphql.query = queryText(mutation, 'withMutation');
    return this;
  }

  override withRequest(req: V3Request): GraphQLPactV3 {
    this.req = req;
    return this;
  }

  override willRespondWith(res: V3Response): GraphQLPactV3 {
    const req = this.req;
    if (req === undefined) throw new DslError('GraphQLPactV3: withRequest({ method, path }) is required before willRespondWith');
    super.withRequest(this.graphql.request(req));
    super.willRespondWith(res);
    this.req = undefined;
    this.graphql = new GraphQLParts();
    return this;
  }

  override addInteraction(): GraphQLPactV3 {
    throw new DslError('GraphQLPactV3.addInteraction: build GraphQL interactions with uponReceiving, withQuery, withRequest and willRespondWith');
  }
}
