import { PactBuilder } from '@pactwright/engine';
import type { HttpInteraction, MatchingRules, PactwrightOptions, WritableSpecVersion } from '@pactwright/engine';
import { executeTest } from './execute-test.js';
import { applyRules, contentTypeRule, modelRules, withRules } from './rules.js';
import { multipartUpload } from './multipart.js';
import { compileXmlDocument, xmlBuilderDocument } from './xml.js';
import { readBodyFile, sessionOptions } from './session-options.js';
import { writtenSpec } from './specification.js';
import type { JsonMap, PactV3Options, Rules, V3Interaction, V3MockServer, V3Request, V3Response } from './types.js';

/**
 * A part whose body is an `XmlBuilder` document: the XML example as the body (as
 * `application/xml` unless the part says otherwise) and the document's rules.
 */
function xmlPart<P extends V3Request | V3Response>(part: P): { part: P; rules?: MatchingRules } {
  const document = xmlBuilderDocument(part.body);
  if (document === undefined) return { part };
  const { xml, rules } = compileXmlDocument(document);
  const typed = part.contentType !== undefined || Object.keys(part.headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
  return { part: { ...part, body: xml, ...(typed ? {} : { contentType: 'application/xml' }) }, rules };
}

/** A request or response body read from a file, with its content type. */
function fileBody<P extends V3Request | V3Response>(part: P, contentType: string, file: string): P {
  return { ...part, body: readBodyFile(`binary file (${contentType})`, file), contentType, headers: { 'Content-Type': contentType, ...part.headers } };
}

/**
 * Pact JS's `PactV3`: `given` → `uponReceiving` → `withRequest` → `willRespondWith`, then
 * `executeTest(async (mockServer) => …)`, which serves the interactions added since the last
 * `executeTest`, verifies them and writes the pact (V3 unless `spec` says otherwise).
 *
 * @example
 * ```ts
 * const provider = new PactV3({ consumer: 'web', provider: 'users-api' });
 * provider
 *   .given('user 1 exists', { id: 1 })
 *   .uponReceiving('a request for user 1')
 *   .withRequest({ method: 'GET', path: '/users/1' })
 *   .willRespondWith({ status: 200, body: MatchersV3.like({ id: 1 }) });
 * await provider.executeTest(async (mockServer) => fetch(`${mockServer.url}/users/1`));
 * ```
 */
export class PactV3 {
  private interactions: HttpInteraction[] = [];
  private builder: PactBuilder;
  private requestRules: MatchingRules | undefined;
  private responseRules: MatchingRules | undefined;
  private written = false;

  private readonly session: PactwrightOptions;

  constructor(private readonly opts: PactV3Options) {
    this.session = sessionOptions(opts, 'PactV3', writtenSpec(opts?.spec, '3'), true);
    this.builder = this.newBuilder();
  }

  private newBuilder(): PactBuilder {
    return new PactBuilder(
      (interaction) => {
        this.interactions.push(applyRules(interaction, this.requestRules, this.responseRules));
        this.requestRules = undefined;
        this.responseRules = undefined;
      },
      { spec: this.session.spec as WritableSpecVersion },
    );
  }

  /** Adds a whole interaction in Pact JS's object form (`{ states, uponReceiving, withRequest, willRespondWith }`). */
  addInteraction(interaction: V3Interaction): PactV3 {
    const request = xmlPart(interaction.withRequest ?? ({} as V3Request));
    const response = xmlPart(interaction.willRespondWith ?? ({} as V3Response));
    if (request.rules !== undefined) this.requestRules = withRules(this.requestRules, request.rules);
    if (response.rules !== undefined) this.responseRules = withRules(this.responseRules, response.rules);
    this.builder.addInteraction({ ...interaction, ...(interaction.withRequest ? { withRequest: request.part } : {}), ...(interaction.willRespondWith ? { willRespondWith: response.part } : {}) } as never);
    return this;
  }

  given(providerState: string, parameters?: JsonMap): PactV3 {
    this.builder.given(providerState, parameters as Record<string, never> | undefined);
    return this;
  }

  uponReceiving(description: string): PactV3 {
    this.builder.uponReceiving(description);
    return this;
  }

  withRequest(req: V3Request): PactV3 {
    const { part, rules } = xmlPart(req);
    if (rules !== undefined) this.requestRules = withRules(this.requestRules, rules);
    this.builder.withRequest(part as never);
    return this;
  }

  /** The request, with its body the bytes of `file` as `contentType`. */
  withRequestBinaryFile(req: V3Request, contentType: string, file: string): PactV3 {
    this.requestRules = withRules(this.requestRules, contentTypeRule(contentType));
    return this.withRequest(fileBody(req, contentType, file));
  }

  /** The request, plus extra matching rules for it. */
  withRequestMatchingRules(req: V3Request, rules: Rules): PactV3 {
    this.requestRules = modelRules(rules, 'withRequestMatchingRules');
    return this.withRequest(req);
  }

  /**
   * Extra matching rules for the response. As in Pact JS, its first argument is the *request*,
   * which it sets (it stands in for `withRequest`).
   */
  withResponseMatchingRules(req: V3Request, rules: Rules): PactV3 {
    this.responseRules = modelRules(rules, 'withResponseMatchingRules');
    return this.withRequest(req);
  }

  /** The request, with a `multipart/form-data` body holding `file` as the part `mimePartName`. */
  withRequestMultipartFileUpload(req: V3Request, contentType: string, file: string, mimePartName: string, boundary?: string): PactV3 {
    const upload = multipartUpload(contentType, file, mimePartName, boundary);
    this.requestRules = withRules(this.requestRules, upload.rules);
    return this.withRequest({ ...req, body: upload.body, contentType: upload.contentType, headers: { ...req.headers, 'Content-Type': upload.contentType } });
  }

  willRespondWith(res: V3Response): PactV3 {
    const { part, rules } = xmlPart(res);
    if (rules !== undefined) this.responseRules = withRules(this.responseRules, rules);
    this.builder.willRespondWith(part as never);
    return this;
  }

  /** The response, with its body the bytes of `file` as `contentType`. */
  withResponseBinaryFile(res: V3Response, contentType: string, file: string): PactV3 {
    this.responseRules = withRules(this.responseRules, contentTypeRule(contentType));
    return this.willRespondWith(fileBody(res, contentType, file));
  }

  /** The response, with a `multipart/form-data` body holding `file` as the part `mimePartName`. */
  withResponseMultipartFileUpload(res: V3Response, contentType: string, file: string, mimePartName: string, boundary?: string): PactV3 {
    const upload = multipartUpload(contentType, file, mimePartName, boundary);
    this.responseRules = withRules(this.responseRules, upload.rules);
    return this.willRespondWith({ ...res, body: upload.body, contentType: upload.contentType, headers: { ...res.headers, 'Content-Type': upload.contentType } });
  }

  /**
   * Runs `testFn` against a mock server serving the interactions added so far, then verifies and
   * writes the pact (or throws the readable report, writing nothing). The instance starts clean
   * afterwards, whatever happened.
   */
  async executeTest<T>(testFn: (mockServer: V3MockServer) => Promise<T>): Promise<T | undefined> {
    this.builder.finish();
    const interactions = this.interactions;
    this.interactions = [];
    this.builder = this.newBuilder();
    const overwrite = this.opts.pactfileWriteMode === 'overwrite' && !this.written;
    const value = await executeTest({ session: this.session, interactions, overwrite }, testFn);
    this.written = true;
    return value;
  }
}
