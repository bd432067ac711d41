/**
 * Content-type detection from a body's first bytes (matching.md §2.14): a small signature table of
 * the formats consumers actually send, then the text sniffer for everything else.
 */
import { sniffContentType } from '../../model/content-type.js';

interface Signature {
  readonly type: string;
  readonly offset: number;
  readonly bytes: readonly number[];
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { type: 'image/jpeg', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/gif', offset: 0, bytes: ascii('GIF8') },
  { type: 'image/bmp', offset: 0, bytes: ascii('BM') },
  { type: 'image/webp', offset: 8, bytes: ascii('WEBP') },
  { type: 'image/tiff', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image/tiff', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'image/x-icon', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { type: 'application/pdf', offset: 0, bytes: ascii('%PDF') },
  { type: 'application/zip', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/gzip', offset: 0, bytes: [0x1f, 0x8b] },
  { type: 'application/x-bzip2', offset: 0, bytes: ascii('BZh') },
  { type: 'application/x-7z-compressed', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'application/x-rar-compressed', offset: 0, bytes: ascii('Rar!') },
  { type: 'application/wasm', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { type: 'audio/mpeg', offset: 0, bytes: ascii('ID3') },
  { type: 'audio/ogg', offset: 0, bytes: ascii('OggS') },
  { type: 'audio/flac', offset: 0, bytes: ascii('fLaC') },
  { type: 'audio/wav', offset: 8, bytes: ascii('WAVE') },
  { type: 'video/mp4', offset: 4, bytes: ascii('ftyp') },
  { type: 'video/webm', offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { type: 'font/woff', offset: 0, bytes: ascii('wOFF') },
  { type: 'font/woff2', offset: 0, bytes: ascii('wOF2') },
  { type: 'font/otf', offset: 0, bytes: ascii('OTTO') },
];

/** The detected media type of `bytes`. */
export function detectContentType(bytes: Uint8Array): string {
  for (const sig of SIGNATURES) {
    if (bytes.length < sig.offset + sig.bytes.length) continue;
    if (sig.bytes.every((b, i) => bytes[sig.offset + i] === b)) return sig.type;
  }
  return sniffContentType(bytes);
}
