// File uploads as Pact JS's multipart example writes them: PactV3's withRequestMultipartFileUpload
// and PactV4's multipartBody, with the client sending its own FormData (its own boundary).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PactV3, PactV4 } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const upload = fileURLToPath(new URL('./fixtures/upload.txt', import.meta.url));
const consumerV3 = 'pactwright-pact-multipart-v3';
const consumerV4 = 'pactwright-pact-multipart-v4';
const providerName = 'upload-service';

function form(): FormData {
  const data = new FormData();
  data.append('document', new Blob([readFileSync(upload)], { type: 'text/plain' }), 'upload.txt');
  return data;
}

describe('uploads (multipart)', () => {
  beforeAll(() => {
    for (const consumer of [consumerV3, consumerV4]) rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true });
  });
  afterAll(() => {
    expectGolden(consumerV3, providerName);
    expectGolden(consumerV4, providerName);
  });

  it('uploads a document (PactV3)', async () => {
    const provider = new PactV3({ consumer: consumerV3, provider: providerName, dir: pactDir });
    provider
      .uponReceiving('a document upload')
      .withRequestMultipartFileUpload({ method: 'POST', path: '/documents' }, 'text/plain', upload, 'document', 'pactwright-boundary')
      .willRespondWith({ status: 201 });
    await provider.executeTest(async (mockServer) => {
      expect((await fetch(`${mockServer.url}/documents`, { method: 'POST', body: form() })).status).toBe(201);
    });
  });

  it('uploads a document (PactV4)', async () => {
    const pact = new PactV4({ consumer: consumerV4, provider: providerName, dir: pactDir });
    await pact
      .addInteraction()
      .uponReceiving('a document upload')
      .withRequest('POST', '/documents', (builder) => builder.multipartBody('text/plain', upload, 'document', 'pactwright-boundary'))
      .willRespondWith(201)
      .executeTest(async (mockServer) => {
        expect((await fetch(`${mockServer.url}/documents`, { method: 'POST', body: form() })).status).toBe(201);
      });
  });
});
