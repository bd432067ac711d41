// XML bodies as Pact JS's xml example writes them: an XmlBuilder document with repeated elements,
// attribute and text matchers and a namespace, on PactV3 and on PactV4's xmlBody; the client reads
// the XML the mock server sends.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MatchersV3, PactV3, PactV4, XmlBuilder } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const { integer, string, boolean, regex } = MatchersV3;
const providerName = 'project-service';
const consumers = { v3: 'pactwright-pact-xml-v3', v4: 'pactwright-pact-xml-v4' };

function projects(): string {
  return new XmlBuilder('1.0', 'UTF-8', 'ns1:projects').build((root) => {
    root.setAttributes({ id: '1234', 'xmlns:ns1': 'http://some.namespace/and/more/stuff' });
    root.eachLike(
      'ns1:project',
      { id: integer(1), type: 'activity', name: string('Project 1') },
      (project) => {
        project.appendElement('ns1:tasks', {}, (tasks) => {
          tasks.eachLike('ns1:task', { id: integer(1), name: string('Task 1'), done: boolean(true) }, undefined, { examples: 2 });
        });
        project.appendElement('ns1:note', {}, string('a note & more'));
        project.appendElement('ns1:status', { since: regex('\\d{4}', '2024') }, 'open');
      },
      { examples: 2 },
    );
  });
}

describe('projects as XML', () => {
  beforeAll(() => {
    for (const consumer of Object.values(consumers)) rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true });
  });
  afterAll(() => {
    for (const consumer of Object.values(consumers)) expectGolden(consumer, providerName);
  });

  it('lists projects (PactV3)', async () => {
    const provider = new PactV3({ consumer: consumers.v3, provider: providerName, dir: pactDir });
    provider
      .given('projects exist')
      .uponReceiving('a request for projects')
      .withRequest({ method: 'GET', path: '/projects', headers: { Accept: 'application/xml' } })
      .willRespondWith({ status: 200, headers: { 'Content-Type': 'application/xml' }, body: projects() });
    await provider.executeTest(async (mockServer) => {
      const xml = await (await fetch(`${mockServer.url}/projects`, { headers: { Accept: 'application/xml' } })).text();
      expect(xml.match(/<ns1:project /g)).toHaveLength(2);
      expect(xml).toContain('a note &amp; more');
    });
  });

  it('creates a project from XML (PactV4 xmlBody)', async () => {
    const pact = new PactV4({ consumer: consumers.v4, provider: providerName, dir: pactDir });
    const project = new XmlBuilder('1.0', 'UTF-8', 'project').build((root) => {
      root.setAttributes({ name: string('Project 1') });
      root.appendElement('owner', {}, string('Ann'));
    });
    await pact
      .addInteraction()
      .uponReceiving('a request to create a project')
      .withRequest('POST', '/projects', (builder) => builder.xmlBody(project))
      .willRespondWith(201, (builder) => builder.xmlBody(projects()))
      .executeTest(async (mockServer) => {
        const response = await fetch(`${mockServer.url}/projects`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/xml' },
          body: "<?xml version='1.0'?><project name='Another'><owner>Bob</owner></project>",
        });
        expect(response.status).toBe(201);
      });
  });
});
