
/** A PEM key and certificate. */
export interface KeyAndCert {
  key: string | Buffer;
  cert: string | Buffer;
}

let generated: Promise<KeyAndCert> | undefined;

/**
 * A self-signed certificate for `localhost`, `127.0.0.1` and `::1`. Generated once per process
 * (on first use) rather than per server: key generation costs milliseconds that every test file's
 * server start would otherwise pay, and a self-signed certificate is untrusted either way.
 * EC P-256 keeps generation and handshakes cheap. The certificate library is imported only here:
 * it is a large share of the engine's import time, which every test file pays, and most servers
 * never use TLS.
 */
export function generatedCertificate(): Promise<KeyAndCert> {
  generated ??= import('selfsigned').then(({ generate }) => generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  })).then(
    (pems) => ({ key: pems.private, cert: pems.cert }),
    (error: unknown) => {
      generated = undefined;
      throw error;
    },
  );
  return generated;
}
