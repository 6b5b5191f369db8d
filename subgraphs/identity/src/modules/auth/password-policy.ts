import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { badUserInput } from '@fitflow/kit';

/** Minimum and maximum password length, in characters (NIST SP 800-63B §5.1.1.2: at least 8; we ask 12). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** Minimum zxcvbn score (0–4): 3 = "safely unguessable: moderate protection from offline slow-hash attacks". */
export const PASSWORD_MIN_SCORE = 3;

/**
 * zxcvbn-ts with the common and English dictionaries, built at the first password check and kept:
 * decompressing the dictionaries and ranking their words costs about 23 MB of heap (35–45 MB of RSS),
 * which a process that only signs people in and answers reads never needs. Concurrent first checks
 * share one load; a load that fails is forgotten, so the next check tries again.
 */
let checker: Promise<ZxcvbnFactory> | undefined;

function passwordChecker(): Promise<ZxcvbnFactory> {
  checker ??= loadChecker().catch((error: unknown) => {
    checker = undefined;
    throw error;
  });
  return checker;
}

async function loadChecker(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
}

/**
 * Checks a new password against FitFlow's policy: length, and strength as estimated by zxcvbn-ts,
 * whose bundled dictionaries hold the most common breached passwords, names and words (NIST SP
 * 800-63B §5.1.1.2 asks to reject "passwords obtained from previous breach corpuses" and dictionary
 * words). `context` (email, names) counts as guessable too. The first call loads the dictionaries
 * (about half a second); later calls reuse them.
 * @throws BAD_USER_INPUT with the reason and a suggestion (the promise rejects).
 */
export async function assertPasswordAcceptable(password: string, context: string[] = []): Promise<void> {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw badUserInput(`The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`, 'newPassword');
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw badUserInput(`The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`, 'newPassword');
  }
  const result = (await passwordChecker()).check(password, context);
  if (result.score < PASSWORD_MIN_SCORE) {
    const why = result.feedback.warning ? `${result.feedback.warning} ` : '';
    const how = result.feedback.suggestions[0] ?? 'Use a longer passphrase of several unrelated words.';
    throw badUserInput(`This password is too easy to guess. ${why}${how}`.trim(), 'newPassword');
  }
}
