/**
 * XML documents as matching sees them (matching.md §2.10): elements named by (namespace URI, local
 * name) — prefixes are irrelevant (D4) — with their attributes (namespace declarations excluded),
 * element children, and text (direct text/CDATA children, each trimmed, concatenated, trimmed).
 * Parsed with @xmldom/xmldom (namespace-aware, pure JS); comments and processing instructions drop out.
 */
import type * as Xmldom from '@xmldom/xmldom';
import type { Element, Node } from '@xmldom/xmldom';
import { DEFAULT_LIMITS, pathText, type InputLimits } from '../../model/limits.js';
import { msg } from '../messages.js';
import { loadOnFirstUse } from '../../load-on-first-use.js';

const xmldom = loadOnFirstUse<typeof Xmldom>('@xmldom/xmldom');

export interface XmlAttribute {
  readonly name: string;
  readonly local: string;
  readonly ns: string;
  readonly value: string;
}

export interface XmlElement {
  /** Qualified name as written, for messages. */
  readonly name: string;
  readonly local: string;
  readonly ns: string;
  /** `ns|local`: the identity used to compare names. */
  readonly key: string;
  readonly attributes: ReadonlyMap<string, XmlAttribute>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** An XML body past one of the input limits: `message` is the mismatch text, `path` where. */
export class XmlLimitError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** Start tags in the text (an upper bound on elements), counted without parsing, up to `stop`. */
function countStartTags(text: string, stop: number): number {
  let n = 0;
  for (let i = text.indexOf('<'); i !== -1 && n <= stop; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1);
    // Not `</`, `<!` or `<?`.
    if (c !== 47 && c !== 33 && c !== 63) n++;
  }
  return n;
}

/**
 * Parses XML text; throws an `Error` describing the first fatal problem, or an `XmlLimitError` for
 * a document with more elements or deeper nesting than `limits` allow (checked before any walk).
 */
export function parseXml(text: string, limits: Pick<InputLimits, 'maxDepth' | 'maxXmlElements'> = DEFAULT_LIMITS): XmlElement {
  const tags = countStartTags(text, limits.maxXmlElements);
  if (tags > limits.maxXmlElements) throw new XmlLimitError(msg.tooMany('XML elements', tags, limits.maxXmlElements, 'maxXmlElements'), '$');
  const parser = new (xmldom().DOMParser)({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  });
  const doc = parser.parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (root === null) throw new Error('missing root element');
  const deep = tooDeepElement(root, limits.maxDepth);
  if (deep !== undefined) throw new XmlLimitError(msg.tooDeep(limits.maxDepth), pathText('$', deep));
  return convert(root);
}

/** Local names from the root to the first element deeper than `maxDepth`, found without recursion. */
function tooDeepElement(root: Element, maxDepth: number): string[] | undefined {
  const path: string[] = [];
  let el = root;
  for (;;) {
    path.push(el.localName ?? el.tagName);
    if (path.length > maxDepth) return path;
    const child = firstElement(el.firstChild);
    if (child !== null) {
      el = child;
      continue;
    }
    // A leaf: on to the next sibling, climbing out of every element that has none left.
    for (;;) {
      path.pop();
      if (el === root) return undefined;
      const sibling = firstElement(el.nextSibling);
      if (sibling !== null) {
        el = sibling;
        break;
      }
      el = el.parentNode as Element;
    }
  }
}

function firstElement(node: Node | null): Element | null {
  let n = node;
  while (n !== null && n.nodeType !== ELEMENT_NODE) n = n.nextSibling;
  return n as Element | null;
}

function convert(el: Element): XmlElement {
  const attributes = new Map<string, XmlAttribute>();
  for (let i = 0; i < el.attributes.length; i++) {
    const at = el.attributes.item(i);
    if (at === null || at.namespaceURI === XMLNS || at.name === 'xmlns' || at.name.startsWith('xmlns:')) continue;
    const local = at.localName ?? at.name;
    const ns = at.namespaceURI ?? '';
    attributes.set(`${ns}|${local}`, { name: at.name, local, ns, value: at.value });
  }
  const children: XmlElement[] = [];
  const texts: string[] = [];
  for (let n = el.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) children.push(convert(n as Element));
    else if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) {
      const t = (n.nodeValue ?? '').trim();
      if (t !== '') texts.push(t);
    }
  }
  const local = el.localName ?? el.tagName;
  const ns = el.namespaceURI ?? '';
  return { name: el.tagName, local, ns, key: `${ns}|${local}`, attributes, children, text: texts.join('').trim() };
}
