import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { MatchingRules } from '@pactwright/engine';
import { readBodyFile } from './session-options.js';

/** What Pact JS's multipart file upload makes of a file: the body, its Content-Type and its rules. */
export interface MultipartUpload {
  body: Buffer;
  contentType: string;
  rules: MatchingRules;
}

/**
 * A `multipart/form-data` body holding `file` as the part `mimePartName` (its file name, and
 * `contentType` as the part's type), as Pact JS builds it. The part matches by content type and
 * the Content-Type header by form (any boundary), so a client's own boundary and encoding pass.
 * Without `boundary` one is generated.
 */
export function multipartUpload(contentType: string, file: string, mimePartName: string, boundary?: string): MultipartUpload {
  const mark = boundary ?? randomBytes(12).toString('hex');
  const head = `--${mark}\r\nContent-Disposition: form-data; name="${mimePartName}"; filename="${basename(file)}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head, 'utf8'), readBodyFile(`multipart upload of part ${JSON.stringify(mimePartName)}`, file), Buffer.from(`\r\n--${mark}--\r\n`, 'utf8')]);
  return {
    body,
    contentType: `multipart/form-data; boundary=${mark}`,
    rules: {
      body: { [`$.${mimePartName}`]: { combine: 'AND', matchers: [{ match: 'contentType', value: contentType }] } },
      header: { 'Content-Type': { combine: 'AND', matchers: [{ match: 'regex', regex: 'multipart/form-data;(\\s*charset=[^;]*;)?\\s*boundary=.*' }] } },
    },
  };
}
