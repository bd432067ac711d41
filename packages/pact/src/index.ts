/**
 * `@pactwright/pact`: Pact JS's consumer API (`@pact-foundation/pact` 17) on the Pactwright
 * engine. Swap the module name in a test's imports; everything else stays.
 *
 * @example
 * ```ts
 * import { PactV3, MatchersV3 } from '@pactwright/pact'; // was '@pact-foundation/pact'
 * ```
 *
 * @packageDocumentation
 */
import * as MatchersV2 from './matchers-v2.js';

export { PactV3 } from './pact-v3.js';
export { PactV2, Interaction, interactionToInteractionObject } from './pact-v2.js';
export { GraphQLInteraction, ApolloGraphQLInteraction, GraphQLQueryError, OperationType } from './graphql.js';
export type { GraphQLVariables } from './graphql.js';
export { GraphQLPactV3 } from './graphql-pact-v3.js';
export { XmlBuilder, XmlElement, XmlNode, XmlText } from './xml.js';
export type { XmlAttributes, XmlCallback } from './xml.js';
export { MessageConsumerPact, synchronousBodyHandler, asynchronousBodyHandler } from './message-consumer-pact.js';
export { v4SynchronousBodyHandler, v4AsynchronousBodyHandler } from './v4-messages.js';
export type {
  AsynchronousMessage,
  SynchronousMessage,
  V4MessageContentsBuilder,
  V4UnconfiguredAsynchronousMessage,
  V4UnconfiguredSynchronousMessage,
  V4AsynchronousMessageWithContent,
  V4SynchronousMessageWithRequest,
  V4SynchronousMessageWithResponse,
} from './v4-messages.js';
export type { Message, MessageConsumer, MessageConsumerOptions, Metadata, ProviderState } from './message-consumer-pact.js';
export type { PactV2Options, InteractionObject, RequestOptions, ResponseOptions } from './pact-v2.js';
export { PactV4, PactV4 as Pact } from './pact-v4.js';
export type {
  Comment,
  CustomComment,
  PluginConfig,
  V4InteractionWithCompleteRequest,
  V4InteractionWithRequest,
  V4InteractionWithResponse,
  V4RequestBuilder,
  V4RequestBuilderFunc,
  V4ResponseBuilder,
  V4ResponseBuilderFunc,
  V4UnconfiguredInteraction,
  V4UnconfiguredGraphQLInteraction,
  V4GraphQLInteractionWithRequest,
  V4GraphQLRequestBuilder,
} from './pact-v4.js';
export { SpecificationVersion, HTTPResponseStatusClass } from './specification.js';
export type {
  JsonMap,
  JSONPath,
  LogLevel,
  Part,
  Path,
  PactV3Options,
  PactV4Options,
  PactV4Options as PactOptions,
  Rule,
  Rules,
  TemplateHeaders,
  TemplateQuery,
  V3Interaction,
  V3MockServer,
  V3ProviderState,
  V3Request,
  V3Response,
  V4MockServer,
  V4ProviderState,
  V4Request,
  V4Response,
} from './types.js';
export type { InterfaceToTemplate } from './matchers-v2.js';
/** The V3 matchers (`like`, `eachLike`, `integer`, `regex`, …); `Matchers` is the same, as in Pact JS 17. */
export { MatchersV3, MatchersV3 as Matchers } from '@pactwright/engine/matchers';
export type { Matcher } from '@pactwright/engine/matchers';
/** The older matcher names (`term`, `somethingLike`, `eachLike`, …), as Pact JS's `MatchersV2`. */
export { MatchersV2 };
export { PactVerificationError, DslError, ConfigurationError } from '@pactwright/engine';
