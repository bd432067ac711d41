import { inject } from 'vitest';
import { vitestMajors, vitestRuntime, type VitestMajor, type VitestRuntime } from './paths.js';

export interface AvailableMajor {
  major: VitestMajor;
  runtime: VitestRuntime;
  store: string;
}

/** The Vitest majors this machine can run, with why the others are skipped (printed once). */
export function availableMajors(): AvailableMajor[] {
  const stores = inject('stores');
  const unavailable = inject('unavailable');
  const available: AvailableMajor[] = [];
  for (const major of vitestMajors) {
    const store = stores[`${major}`];
    if (store === undefined) {
      console.warn(`Skipping Vitest ${major}: ${unavailable[`${major}`] ?? 'not available'}`);
      continue;
    }
    available.push({ major, runtime: vitestRuntime(major), store });
  }
  return available;
}
