/**
 * XML documents as matching sees them (matching.md §2.10): elements named by (namespace URI, local
 * name) — prefixes are irrelevant (D4) — with their attributes (namespace declarations excluded),
 * element children, and text (direct text/CDATA children, each trimmed, concatenated, trimmed).
 * Parsed with @xmldom/xmldom (namespace-aware, pure JS); comments and processing instructions drop out.
 */
import type * as Xmldom from '@xmldom/xmldom';
import type { Element } from '@xmldom/xmldom';
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

/** Parses XML text; throws an `Error` describing the first fatal problem. */
export function parseXml(text: string): XmlElement {
  const parser = new (xmldom().DOMParser)({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  });
  const doc = parser.parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (root === null) throw new Error('missing root element');
  return convert(root);
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
