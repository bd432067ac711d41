import { ConfigurationError } from '../errors.js';
import { importModule } from '../import-module.js';

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
 * EC P-256 keeps generation and handshakes cheap. The certificate library (`selfsigned`, 22
 * packages) is an optional peer dependency, imported only here: most users never need TLS, and
 * those who do are told what to install.
 */
export function generatedCertificate(): Promise<KeyAndCert> {
  generated ??= (importModule('selfsigned') as Promise<typeof import('selfsigned')>).catch((error: unknown) => {
    throw new ConfigurationError(
      'tls',
      'true generates a self-signed certificate with the optional package "selfsigned", which is not installed: run `npm install --save-dev selfsigned`, or pass tls: { key, cert } in PEM',
      { cause: error },
    );
  }).then(({ generate }) => generate([{ name: 'commonName', value: 'localhost' }], {
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
