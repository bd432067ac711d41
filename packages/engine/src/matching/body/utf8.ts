// Strict UTF-8 decoding: rules that read text must not silently see replacement characters.
const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string | Error {
  try {
    return decoder.decode(bytes);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

