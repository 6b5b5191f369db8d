/**
 * Third-party apps as the "Apps & API" pages show them: scopes and statuses in words, the owner's
 * role, and reading an operation manifest from a file chosen in the browser. Pure functions (no
 * React, no requests), so they are tested alone (web/test/apps-lib.test.ts).
 */
import type { AppScope, AppStatus, Role } from '../__generated__/graphql';

/** What a scope allows, as people read it: the API's scope name, a label, what it opens, whether it reaches health data. */
export interface ScopeInfo {
  /** The scope as an app asks for it at the token endpoint (`schedule:read`). */
  name: string;
  label: string;
  description: string;
  /** Reaches client records (PHI): a FitFlow administrator must approve it, with a data processing agreement. */
  phi: boolean;
}

/**
 * The scopes an app may ask for, in the order the form lists them. Names, labels and the health-data
 * mark are kit's `APP_SCOPE_INFO` (packages/kit/src/app-scopes.ts), the words the API's own
 * documentation uses (web/test/apps-lib.test.ts keeps them alike); the description says what the scope
 * opens, and the pages say beside a health-data scope what its approval takes.
 */
export const SCOPES: Record<AppScope, ScopeInfo> = {
  SCHEDULE_READ: {
    name: 'schedule:read',
    label: 'Read the timetable',
    description: 'Studios, their sessions (time, class, trainer, places left) and class types. No names of clients.',
    phi: false,
  },
  BOOKINGS_WRITE: {
    name: 'bookings:write',
    label: 'Book and cancel',
    description: 'Book a client into a session and cancel a booking.',
    phi: false,
  },
  INVOICES_READ: {
    name: 'invoices:read',
    label: 'Read invoices',
    description: 'Invoices, their lines, taxes, payments and balances.',
    phi: false,
  },
  CLIENTS_READ: {
    name: 'clients:read',
    label: 'Read client records (health data)',
    description: 'Client records, contact details and health information.',
    phi: true,
  },
};

/** Every scope, in the form's order. */
export const SCOPE_ORDER = Object.keys(SCOPES) as AppScope[];

/** "Read the timetable" for SCHEDULE_READ. */
export const scopeLabel = (scope: AppScope) => SCOPES[scope].label;

/** An app's scopes in words, in the form's order: "Read the timetable, Read invoices" ("No scopes" when empty). */
export function scopesInWords(scopes: readonly AppScope[]): string {
  const ordered = SCOPE_ORDER.filter((s) => scopes.includes(s));
  return ordered.length ? ordered.map(scopeLabel).join(', ') : 'No scopes';
}

/**
 * What a field needs, in words: "Read the timetable or Read invoices" (any one of them opens it);
 * "No app may use it" when no scope reaches it (an account, a session note).
 */
export function fieldNeedsInWords(scopes: readonly AppScope[]): string {
  if (!scopes.length) return 'No app may use it';
  return SCOPE_ORDER.filter((s) => scopes.includes(s))
    .map((s) => `${scopeLabel(s)} (${SCOPES[s].name})`)
    .join(' or ');
}

/** Where an app is in its life, in words. */
export const STATUS_WORDS: Record<AppStatus, string> = {
  ACTIVE: 'Active',
  PENDING_APPROVAL: 'Waiting for approval',
  SUSPENDED: 'Suspended',
  REVOKED: 'Revoked',
};

/**
 * An app's status as its owner reads it: "Active", "Waiting for approval", "Revoked", or "Suspended:
 * <the super admin's reason>" (just "Suspended" when no reason was kept).
 */
export function statusInWords(app: { status: AppStatus; suspendedReason?: string | null }): string {
  const reason = app.suspendedReason?.trim();
  return app.status === 'SUSPENDED' && reason ? `Suspended: ${reason}` : STATUS_WORDS[app.status];
}

/** The CSS modifier of an app's status badge (styles.css `.badge-…`). */
export const STATUS_BADGE: Record<AppStatus, string> = {
  ACTIVE: 'badge-active',
  PENDING_APPROVAL: 'badge-partially_paid',
  SUSPENDED: 'badge-overdue',
  REVOKED: 'badge-inactive',
};

/** The role an app acts with, as people name it. */
export const OWNER_ROLE_WORDS: Partial<Record<Role, string>> = {
  TRAINER: 'Trainer',
  TRAINER_ADMIN: 'Trainer admin',
  STUDIO_ADMIN: 'Studio admin',
};

/** The largest manifest the API accepts, in bytes (identity's manifest limit: 500 KB). */
export const MANIFEST_MAX_BYTES = 500 * 1024;

/** A manifest file read in the browser: its text, or a sentence saying why it cannot be used. */
export type ManifestFile = { text: string; problem?: undefined } | { text?: undefined; problem: string };

const fileNamed = (fileName: string) => (fileName ? `“${fileName}”` : 'The file');

/** Why a file of `bytes` bytes cannot be a manifest (empty, or larger than the API accepts); undefined when its size is fine. */
function sizeProblem(fileName: string, bytes: number): string | undefined {
  if (bytes === 0) return `${fileNamed(fileName)} is empty. Choose the manifest your build wrote, e.g. persisted-documents.json.`;
  if (bytes > MANIFEST_MAX_BYTES) return `${fileNamed(fileName)} is ${Math.ceil(bytes / 1024)} KB; a manifest may be at most ${MANIFEST_MAX_BYTES / 1024} KB.`;
  return undefined;
}

/**
 * The text of a manifest file's bytes, or why it cannot be a manifest: empty, larger than the API
 * accepts ({@link MANIFEST_MAX_BYTES}), or not UTF-8 text (an image, a zip). Whether the text is a
 * valid manifest is the API's to say (`analyzeAppManifest`), in its own words.
 */
export function manifestFromBytes(fileName: string, bytes: Uint8Array): ManifestFile {
  const name = fileNamed(fileName);
  const tooBig = sizeProblem(fileName, bytes.byteLength);
  if (tooBig) return { problem: tooBig };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: `${name} is not a text file. Choose the JSON manifest your build wrote, e.g. persisted-documents.json.` };
  }
  if (text.includes('\u0000')) return { problem: `${name} is not a text file. Choose the JSON manifest your build wrote, e.g. persisted-documents.json.` };
  if (!text.trim()) return { problem: `${name} holds only blank lines. Choose the manifest your build wrote, e.g. persisted-documents.json.` };
  return { text: text.replace(/^\uFEFF/, '') };
}

/**
 * Reads a manifest file a person chose (`<input type="file">`) in the browser; never throws: a file
 * that cannot be read (moved or deleted since it was chosen) is a problem like the others.
 */
export async function readManifestFile(file: Blob & { name: string }): Promise<ManifestFile> {
  // Not read at all when its size alone rules it out.
  const tooBig = sizeProblem(file.name, file.size);
  if (tooBig) return { problem: tooBig };
  try {
    return manifestFromBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { problem: `${fileNamed(file.name)} could not be read. Choose it again, or paste the manifest instead.` };
  }
}

/** An operation's calls over a period, as `App.usage` lists them. */
export interface OperationUsage {
  operationName: string;
  calls: number;
  errors: number;
  lastUsedAt: string;
}

/** The calls and errors of every operation together, and the last call (null when none). */
export function usageTotals(usage: readonly OperationUsage[]): { calls: number; errors: number; lastUsedAt: string | null } {
  return usage.reduce<{ calls: number; errors: number; lastUsedAt: string | null }>(
    (total, u) => ({
      calls: total.calls + u.calls,
      errors: total.errors + u.errors,
      lastUsedAt: !total.lastUsedAt || Date.parse(u.lastUsedAt) > Date.parse(total.lastUsedAt) ? u.lastUsedAt : total.lastUsedAt,
    }),
    { calls: 0, errors: 0, lastUsedAt: null },
  );
}
