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

export interface ListOrdersQuery {
  userId: number;
  status?: OrderStatus;
  limit?: number;
}

/** A non-2xx answer from the service. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`users/orders service answered ${status}`);
    this.name = 'ApiError';
  }
}

export interface ClientOptions {
  /** e.g. `https://api.example.com` (tests pass the mock server's `pact.url`). */
  baseUrl: string;
  /** Bearer token sent on every request. */
  token: string;
  fetch?: typeof fetch;
}

/** The client the web app uses to talk to the users/orders service. */
export class UsersOrdersClient {
  private readonly baseUrl: string;
  private readonly token: string;
  private readonly fetch: typeof fetch;

  constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.token = options.token;
    this.fetch = options.fetch ?? fetch;
  }

  getUser(id: number): Promise<User> {
    return this.request<User>('GET', `/users/${id}`);
  }

  listOrders(query: ListOrdersQuery): Promise<Order[]> {
    const params = new URLSearchParams({ userId: String(query.userId) });
    if (query.status !== undefined) params.set('status', query.status);
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    return this.request<Order[]>('GET', `/orders?${params.toString()}`);
  }

  createOrder(userId: number, lines: OrderLine[]): Promise<Order> {
    return this.request<Order>('POST', '/orders', { userId, lines });
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await this.fetch(`${this.baseUrl}${path}`, {
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
