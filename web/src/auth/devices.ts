/**
 * Known-device tokens: a full sign-in returns `AuthPayload.deviceToken`; this browser keeps it in
 * localStorage and sends it back as `LoginInput.deviceToken` when the same account signs in again, so
 * failures from elsewhere (an attacker guessing the password) never slow the account holder down.
 * Tokens are kept per account under a SHA-256 of the lower-cased email (no email in storage); one
 * browser remembers at most {@link MAX_ACCOUNTS} accounts.
 */
const STORAGE_KEY = 'fitflow.devices';
const MAX_ACCOUNTS = 5;

type Devices = Record<string, { token: string; savedAt: number }>;

async function accountKey(email: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`fitflow-device:${email.trim().toLowerCase()}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function read(): Devices {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Devices;
  } catch {
    return {};
  }
}

/** The device token this browser holds for `email`'s account, if any. */
export async function deviceTokenFor(email: string): Promise<string | undefined> {
  return read()[await accountKey(email)]?.token;
}

/** Remembers the token a sign-in of `email` returned (each sign-in replaces the last one). */
export async function rememberDevice(email: string, token: string | null | undefined): Promise<void> {
  if (!token) return;
  const devices = { ...read(), [await accountKey(email)]: { token, savedAt: Date.now() } };
  const newest = Object.entries(devices)
    .sort((a, b) => b[1].savedAt - a[1].savedAt)
    .slice(0, MAX_ACCOUNTS);
  localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(newest)));
}
