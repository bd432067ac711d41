/** A user as the users API returns it. */
export interface User {
  id: number;
  name: string;
  email: string;
}

/**
 * The users API, called the way front-end code calls its own back end: relative URLs under `/api`,
 * so the page's origin decides where they go (the dev server's proxy, the deployed site, or in the
 * pact tests msw).
 */
export async function getUser(id: number): Promise<User | undefined> {
  const response = await fetch(`/api/users/${id}`, { headers: { Accept: 'application/json' } });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`GET /api/users/${id} failed with ${response.status}`);
  return (await response.json()) as User;
}

/** Users whose name contains `term`, through XMLHttpRequest as older code (or axios) does. */
export function searchUsers(term: string): Promise<User[]> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', `/api/users?q=${encodeURIComponent(term)}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = () => (xhr.status === 200 ? resolve(JSON.parse(xhr.responseText) as User[]) : reject(new Error(`search failed with ${xhr.status}`)));
    xhr.onerror = () => reject(new Error('search failed: network error'));
    xhr.send();
  });
}
