import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Paths pino replaces with "[redacted]". Logs must never carry PHI or secrets: names, emails, notes,
 * health data, passwords, tokens. Callers should not log such values at all; this is the safety net.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.authorization',
  '*.password',
  '*.passwordHash',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.email',
  '*.firstName',
  '*.lastName',
  '*.phone',
  '*.variables',
  '*.notes',
  '*.medicalInfo',
  // TypeORM's QueryFailedError carries the statement's parameters, which may be PHI.
  'err.parameters',
  'err.driverError.parameters',
  '*.parameters',
];

/** Creates the PHI-safe JSON logger of one service. */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    name: service,
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service },
  });
}
