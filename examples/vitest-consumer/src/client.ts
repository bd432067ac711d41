/** A user of the users/orders service. */
export interface User {
  id: number;
  name: string;
  email: string;
  roles: string[];
}

export type OrderStatus = 'open' | 'shipped' | 'cancelled';

export interface OrderLine {
  productId: number;
  quantity: number;
}

export interface Order {
  id: string;
  userId: number;
  status: OrderStatus;
  lines: OrderLine[];
  total: number;
  createdAt: string;
}

/** A non-2xx answer from the service, with its parsed body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`users/orders service answered ${status}`);
    this.name = 'ApiError';
  }
}

/** The web app's client for the users/orders service. */
export class UsersOrdersClient {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly token: string,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  getUser(id: number): Promise<User> {
    return this.request<User>('GET', `/users/${id}`);
  }

  findUsers(role: string): Promise<User[]> {
    return this.request<User[]>('GET', `/users?${new URLSearchParams({ role }).toString()}`);
  }

  listOrders(userId: number, status?: OrderStatus): Promise<Order[]> {
    const query = new URLSearchParams({ userId: String(userId) });
    if (status !== undefined) query.set('status', status);
    return this.request<Order[]>('GET', `/orders?${query.toString()}`);
  }

  createOrder(userId: number, lines: OrderLine[]): Promise<Order> {
    return this.request<Order>('POST', '/orders', { userId, lines });
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? undefined : JSON.parse(text);
    if (!response.ok) throw new ApiError(response.status, parsed);
    return parsed as T;
  }
}
