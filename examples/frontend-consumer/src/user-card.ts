import { getUser, searchUsers } from './users-api.js';

/** Renders user `id` into `root` as a card, or an alert when there is no such user. */
export async function renderUserCard(root: HTMLElement, id: number): Promise<void> {
  const user = await getUser(id);
  root.replaceChildren();
  if (user === undefined) {
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = `User ${id} not found`;
    root.append(alert);
    return;
  }
  const card = document.createElement('article');
  card.className = 'user-card';
  const name = document.createElement('h2');
  name.textContent = user.name;
  const email = document.createElement('a');
  email.href = `mailto:${user.email}`;
  email.textContent = user.email;
  card.append(name, email);
  root.append(card);
}

/** Renders the names of the users matching `term` into `list`, one item each. */
export async function renderSearch(list: HTMLUListElement, term: string): Promise<void> {
  const users = await searchUsers(term);
  list.replaceChildren(
    ...users.map((user) => {
      const item = document.createElement('li');
      item.textContent = user.name;
      return item;
    }),
  );
}
