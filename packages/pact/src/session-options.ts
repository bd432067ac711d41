import { readFileSync } from 'node:fs';
import { DslError, resolvePactwrightOptions } from '@pactwright/engine';
import type { LogLevel as EngineLogLevel, PactwrightOptions, WritableSpecVersion } from '@pactwright/engine';
import type { LogLevel } from './types.js';

/** The options every Pact JS class takes, under their Pact JS names. */
export interface PactJsOptions {
  consumer: string;
  provider: string;
  dir?: string;
  host?: string;
  port?: number;
  cors?: boolean;
  tls?: boolean;
  logLevel?: LogLevel;
}

/**
 * The engine session options for a Pact JS class's options, checked now (a missing consumer, a bad
 * port) so that the constructor fails, not the first `executeTest`. `cors` defaults differ by class
 * in Pact JS (true for V3/V4, false for V2), hence `corsDefault`.
 */
export function sessionOptions(options: PactJsOptions, className: string, spec: WritableSpecVersion, corsDefault: boolean): PactwrightOptions {
  if (typeof options !== 'object' || options === null) throw new DslError(`new ${className}(options): options { consumer, provider } are required`);
  const resolved: PactwrightOptions = {
    consumer: options.consumer,
    provider: options.provider,
    pactDir: options.dir ?? './pacts',
    host: options.host,
    port: options.port ?? 0,
    cors: options.cors ?? corsDefault,
    tls: options.tls ?? false,
    spec,
    // Pact JS logs at info by default; the engine's server log is off unless asked for.
    logLevel: (options.logLevel ?? 'silent') as EngineLogLevel,
  };
  resolvePactwrightOptions({ options: { ...resolved }, source: `the options of new ${className}({ … })` });
  return resolved;
}

/** A body read from a file: a missing or unreadable file is a `DslError` naming the call and the file. */
export function readBodyFile(where: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new DslError(`${where}: cannot read ${JSON.stringify(file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}
