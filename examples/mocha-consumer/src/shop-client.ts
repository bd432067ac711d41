/** A user of the shop, as the shop API returns it. */
export interface User {
  id: number;
  name: string;
  email: string;
}

export interface OrderItem {
  sku: string;
  quantity: number;
}

export interface Order {
  id: number;
  userId: number;
  status: 'open' | 'shipped';
  items: OrderItem[];
  createdAt: string;
}

/** An HTTP answer the client did not expect. */
export class ShopApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ShopApiError';
  }
}

/** Client of the shop's users/orders API: what the pact tests describe. */
export class ShopClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  /** The user, or `undefined` when the API answers 404. */
  async getUser(id: number): Promise<User | undefined> {
    const response = await this.request(`/users/${id}`);
    if (response.status === 404) return undefined;
    return (await this.json(response)) as User;
  }

  async findUsersByName(name: string): Promise<User[]> {
    return (await this.json(await this.request(`/users?${new URLSearchParams({ name })}`))) as User[];
  }

  async listOrders(userId: number, status?: Order['status']): Promise<Order[]> {
    const query = status === undefined ? '' : `?${new URLSearchParams({ status })}`;
    return (await this.json(await this.request(`/users/${userId}/orders${query}`))) as Order[];
  }

  async createOrder(userId: number, items: OrderItem[]): Promise<Order> {
    const response = await this.request('/orders', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId, items }),
    });
    if (response.status !== 201) throw new ShopApiError(response.status, `creating an order answered ${response.status}`);
    return (await response.json()) as Order;
  }

  private request(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { Accept: 'application/json', Authorization: `Bearer ${this.token}`, ...init.headers },
    });
  }

  private async json(response: Response): Promise<unknown> {
    if (!response.ok) throw new ShopApiError(response.status, `${response.url} answered ${response.status}`);
    return response.json();
  }
}
