import { DslError } from '@pactwright/engine';
import type { Draft, Matcher, MatchingRule, MatchingRules, RuleList } from '@pactwright/engine';

/** Attributes of an XML element: names to plain values or matchers. */
export type XmlAttributes = { [name: string]: unknown } | Map<string, unknown>;
export type XmlCallback = (element: XmlElement) => void;

interface EachLikeOptions {
  min?: number;
  max?: number;
  examples?: number;
}

/** A node of an `XmlBuilder` document. */
export class XmlNode {}

/** Text inside an element, with an optional matcher. */
export class XmlText extends XmlNode {
  constructor(
    public content: string,
    public matcher?: Matcher<string>,
  ) {
    super();
  }

  toJSON(): unknown {
    return this.matcher === undefined ? { content: this.content } : { content: this.content, matcher: this.matcher };
  }
}

function attributesObject(attributes: XmlAttributes | undefined): { [name: string]: unknown } {
  if (attributes === undefined) return {};
  return attributes instanceof Map ? Object.fromEntries(attributes) : { ...attributes };
}

function isMatcherObject(value: unknown): value is Matcher<unknown> & { value?: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { 'pact:matcher:type'?: unknown })['pact:matcher:type'] === 'string';
}

/** An element of an `XmlBuilder` document. */
export class XmlElement extends XmlNode {
  children: XmlNode[] = [];
  attributes?: { [name: string]: unknown };

  constructor(public name: string) {
    super();
  }

  setName(name: string): XmlElement {
    this.name = name;
    return this;
  }

  setAttributes(attributes: XmlAttributes): XmlElement {
    this.attributes = attributesObject(attributes);
    return this;
  }

  /** A child element; `arg` is its text, a matcher for its text, or a callback that fills it. */
  appendElement(name: string, attributes: XmlAttributes, arg?: string | XmlCallback | Matcher<string>): XmlElement {
    const element = new XmlElement(name).setAttributes(attributes);
    if (typeof arg === 'function') arg(element);
    else if (arg !== undefined) element.appendText(arg);
    this.children.push(element);
    return this;
  }

  /** Text content, plain or with a matcher (its example is the text). */
  appendText(content: string | Matcher<string>): XmlElement {
    if (isMatcherObject(content)) this.children.push(new XmlText(String(content.value ?? ''), content as Matcher<string>));
    else this.children.push(new XmlText(content));
    return this;
  }

  /** Repeated child elements matched by type (`examples` of them in the example, default 1). */
  eachLike(name: string, attributes: XmlAttributes, cb?: XmlCallback, options: EachLikeOptions = {}): XmlElement {
    const element = new XmlElement(name).setAttributes(attributes);
    cb?.(element);
    this.children.push({ 'pact:matcher:type': 'type', value: element, ...options } as unknown as XmlNode);
    return this;
  }

  toJSON(): unknown {
    return { name: this.name, children: this.children, attributes: this.attributes ?? {} };
  }
}

/**
 * Pact JS's `XmlBuilder`: builds an XML body with matchers. `build` returns the document as text
 * for a body with an XML content type; the body written to the pact is the XML example, and the
 * matchers become its rules (`$.root.child['@attr']`, `$.root.child.#text`).
 *
 * @example
 * ```ts
 * const body = new XmlBuilder('1.0', 'UTF-8', 'projects').build((projects) => {
 *   projects.eachLike('project', { id: MatchersV3.integer(1) }, (project) => project.appendText('Project 1'));
 * });
 * ```
 */
export class XmlBuilder {
  private readonly root: XmlElement;

  constructor(_version: string, _charset: string, rootElement: string) {
    this.root = new XmlElement(rootElement);
  }

  build(callback: (doc: XmlElement) => void): string {
    callback(this.root);
    return JSON.stringify({ root: this.root });
  }
}

// ---- From the builder's document to the XML example and its rules ----

interface ElementJson {
  name: string;
  children: unknown[];
  attributes?: { [name: string]: unknown };
}

/** The document `XmlBuilder.build` returns, if `text` is one. */
export function xmlBuilderDocument(text: unknown): ElementJson | undefined {
  if (typeof text !== 'string' || !text.startsWith('{"root":')) return undefined;
  try {
    const parsed = JSON.parse(text) as { root?: ElementJson };
    return typeof parsed.root?.name === 'string' ? parsed.root : undefined;
  } catch {
    return undefined;
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/'/g, '&apos;').replace(/"/g, '&quot;');
}

function rule(matcher: { [key: string]: unknown }, skip: readonly string[] = []): RuleList {
  const out: Draft<MatchingRule> = { match: String(matcher['pact:matcher:type']) };
  for (const [key, value] of Object.entries(matcher)) {
    if (key !== 'pact:matcher:type' && key !== 'pact:generator:type' && key !== 'value' && !skip.includes(key)) out[key] = value;
  }
  return { combine: 'AND', matchers: [out] };
}

function attributeKey(path: string, name: string): string {
  return `${path}['@${name}']`;
}

function renderElement(element: ElementJson, path: string, rules: Record<string, RuleList>, depth: number): string {
  if (depth > 128) throw new DslError('XmlBuilder: the document is nested more than 128 elements deep');
  const attributes = Object.entries(element.attributes ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => {
      let example = value;
      if (isMatcherObject(value)) {
        rules[attributeKey(path, name)] = rule(value as unknown as { [key: string]: unknown });
        example = value.value;
      }
      return ` ${name}='${escapeAttribute(String(example))}'`;
    })
    .join('');
  const inner = element.children
    .map((child) => {
      const node = child as { [key: string]: unknown };
      if (typeof node.content === 'string') {
        if (isMatcherObject(node.matcher)) rules[`${path}.#text`] = rule(node.matcher as unknown as { [key: string]: unknown });
        return escapeText(node.content);
      }
      if (isMatcherObject(node)) {
        const repeated = node.value as ElementJson;
        const at = `${path}.${repeated.name}`;
        rules[at] = rule(node, ['examples']);
        const count = typeof node.examples === 'number' && node.examples > 0 ? node.examples : 1;
        return Array.from({ length: count }, () => renderElement(repeated, at, rules, depth + 1)).join('');
      }
      const nested = node as unknown as ElementJson;
      return renderElement(nested, `${path}.${nested.name}`, rules, depth + 1);
    })
    .join('');
  return inner === '' ? `<${element.name}${attributes}/>` : `<${element.name}${attributes}>${inner}</${element.name}>`;
}

/** The XML example and the body rules of an `XmlBuilder` document. */
export function compileXmlDocument(root: ElementJson): { xml: string; rules: MatchingRules } {
  const rules: Record<string, RuleList> = {};
  const xml = `<?xml version='1.0'?>${renderElement(root, `$.${root.name}`, rules, 0)}`;
  return { xml, rules: Object.keys(rules).length > 0 ? { body: rules } : {} };
}
