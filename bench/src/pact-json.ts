/** The slice of the pact V3 JSON format the bench reads from the workload files. */
export interface PactJson {
  consumer: { name: string };
  provider: { name: string };
  interactions: InteractionJson[];
}

export interface InteractionJson {
  description: string;
  providerStates?: Array<{ name: string; params?: Record<string, unknown> }>;
  request: {
    method: string;
    path: string;
    query?: Record<string, string[]>;
    headers?: Record<string, string>;
    body?: unknown;
    matchingRules?: Record<string, unknown>;
  };
  response: {
    status?: number;
    headers?: Record<string, string>;
    body?: unknown;
    matchingRules?: Record<string, unknown>;
    generators?: Record<string, Record<string, GeneratorJson>>;
  };
}

export interface GeneratorJson {
  type: string;
  [key: string]: unknown;
}
