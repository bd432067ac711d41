// V4 `semver`: strict Semantic Versioning 2.0.0 (no leading `v`, all three numbers required).
import { jsonText, type JsonNode } from '../body/json-value.js';
import { msg } from '../messages.js';

const NUM = '0|[1-9]\\d*';
const PRE = `(?:${NUM}|\\d*[A-Za-z-][0-9A-Za-z-]*)`;
const SEMVER = new RegExp(`^(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE}(?:\\.${PRE})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);

export function semverString(a: string): string | undefined {
  if (SEMVER.test(a)) return undefined;
  const detail = /^\d+\.\d+\.\d+/.test(a) ? 'unexpected characters after the version' : 'expected MAJOR.MINOR.PATCH';
  return msg.semver(a, detail);
}

export function semverJson(a: JsonNode): string | undefined {
  return typeof a === 'string' ? semverString(a) : msg.semverNotString(jsonText(a));
}
