// V4 `statusCode`: a status class name or a list of codes.
import { msg } from '../messages.js';

const CLASSES: Record<string, { desc: string; test: (s: number) => boolean }> = {
  info: { desc: 'Informational response (100–199)', test: (s) => s >= 100 && s < 200 },
  success: { desc: 'Successful response (200–299)', test: (s) => s >= 200 && s < 300 },
  redirect: { desc: 'Redirect (300–399)', test: (s) => s >= 300 && s < 400 },
  clientError: { desc: 'Client error (400–499)', test: (s) => s >= 400 && s < 500 },
  serverError: { desc: 'Server error (500–599)', test: (s) => s >= 500 && s < 600 },
  nonError: { desc: 'Non-error response (< 400)', test: (s) => s < 400 },
  error: { desc: 'Error response (>= 400)', test: (s) => s >= 400 },
};

export function statusCodeCheck(status: string | number[], actual: number): string | undefined {
  if (Array.isArray(status)) {
    return status.includes(actual) ? undefined : msg.statusCode(actual, status.join(', '));
  }
  const cls = CLASSES[status] ?? CLASSES.success;
  if (cls === undefined || cls.test(actual)) return undefined;
  return msg.statusCode(actual, cls.desc);
}
