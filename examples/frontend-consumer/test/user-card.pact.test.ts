import { describe, expect } from 'vitest';
import { eachLike, email, integer, like, string, test } from '@pactwright/vitest-plugin';
import { renderSearch, renderUserCard } from '../src/user-card.js';

describe('the user card', () => {
  test('shows an existing user', async ({ pact }) => {
    pact
      .given('user 1 exists', { id: 1 })
      .uponReceiving('a request for user 1')
      .withRequest({ method: 'GET', path: '/api/users/1', headers: { Accept: 'application/json' } })
      .willRespondWith({ status: 200, body: like({ id: integer(1), name: string('Ann Lee'), email: email('ann@example.com') }) });

    const root = document.createElement('div');
    await renderUserCard(root, 1);

    expect(root.querySelector('h2')?.textContent).toBe('Ann Lee');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('mailto:ann@example.com');
  });

  test('says when the user does not exist', async ({ pact }) => {
    pact
      .given('user 99 does not exist')
      .uponReceiving('a request for user 99')
      .withRequest({ method: 'GET', path: '/api/users/99', headers: { Accept: 'application/json' } })
      .willRespondWith({ status: 404 });

    const root = document.createElement('div');
    await renderUserCard(root, 99);

    expect(root.querySelector('[role="alert"]')?.textContent).toBe('User 99 not found');
  });
});

describe('the search box', () => {
  test('lists the users whose name matches, through XMLHttpRequest', async ({ pact }) => {
    pact
      .given('users named Ann exist')
      .uponReceiving('a search for "ann"')
      .withRequest({ method: 'GET', path: '/api/users', query: { q: 'ann' }, headers: { Accept: 'application/json' } })
      .willRespondWith({ status: 200, body: eachLike({ id: integer(1), name: string('Ann Lee'), email: email('ann@example.com') }) });

    const list = document.createElement('ul');
    await renderSearch(list, 'ann');

    expect([...list.children].map((item) => item.textContent)).toEqual(['Ann Lee']);
  });
});
