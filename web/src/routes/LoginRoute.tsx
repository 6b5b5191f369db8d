import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../__generated__';
import { deviceTokenFor, rememberDevice } from '../auth/devices';
import { getEndedReason, SessionFields, startSession } from '../auth/session';
import { BUILT_APP } from '../apollo/persisted';
import { ErrorMessage } from '../components/StateViews';
import { describeError } from '../lib/errors';

const LoginRouteMutation = graphql(`
  mutation LoginRouteMutation($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
      deviceToken
      mfaRequired
      mfaToken
      mfaEnrollmentRequired
      user {
        id
        email
      }
    }
  }
`);

const LoginRouteVerifyMfaMutation = graphql(`
  mutation LoginRouteVerifyMfaMutation($mfaToken: String!, $code: String!) {
    verifyMfa(mfaToken: $mfaToken, code: $code) {
      ...SessionFields
      deviceToken
    }
  }
`);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Validates a TOTP code before sending (RFC 6238 codes are 6 digits). */
export function validateMfaCode(code: string): string | undefined {
  return /^\d{6}$/.test(code.trim()) ? undefined : 'Enter the 6-digit code from your authenticator app.';
}

/** Validates before sending; returns a message per field. */
export function validateLogin(email: string, password: string): Partial<Record<'email' | 'password', string>> {
  const problems: Partial<Record<'email' | 'password', string>> = {};
  if (!email.trim()) problems.email = 'Enter your email address.';
  else if (!EMAIL.test(email.trim())) problems.email = 'Enter an email address like name@example.com.';
  if (!password) problems.password = 'Enter your password.';
  return problems;
}

export function LoginRoute() {
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<ReturnType<typeof validateLogin>>({});
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeProblem, setCodeProblem] = useState<string | undefined>();
  const [totp, setTotp] = useState('');
  const [login, { loading, error }] = useMutation(LoginRouteMutation);
  // While this place is slowed down, an account with two-factor sign-in gets through with its code.
  const throttled = describeError(error ?? null).some((e) => e.code === 'TOO_MANY_REQUESTS') || totp !== '';
  const [verifyMfa, { loading: verifying, error: mfaError }] = useMutation(LoginRouteVerifyMfaMutation);
  const ids = { email: useId(), password: useId(), emailError: useId(), passwordError: useId(), code: useId(), codeError: useId(), totp: useId() };

  function enter(session: Parameters<typeof startSession>[0]) {
    if (startSession(session)) {
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    }
  }

  async function onSubmitCode(event: FormEvent) {
    event.preventDefault();
    const problem = validateMfaCode(code);
    setCodeProblem(problem);
    if (problem || !mfaToken) return;
    const { data } = await verifyMfa({ variables: { mfaToken, code: code.trim() } }).catch(() => ({ data: undefined }));
    if (!data) return;
    await rememberDevice(email, data.verifyMfa.deviceToken);
    enter(getFragmentData(SessionFields, data.verifyMfa));
  }
  const ended = getEndedReason();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateLogin(email, password);
    setProblems(found);
    if (Object.keys(found).length) return;
    const totpCode = throttled && totp.trim() ? totp.trim() : undefined;
    const deviceToken = await deviceTokenFor(email);
    const { data } = await login({ variables: { input: { email: email.trim(), password, deviceToken, totpCode } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    if (data.login.mfaRequired && data.login.mfaToken) {
      setMfaToken(data.login.mfaToken);
      return;
    }
    await rememberDevice(email, data.login.deviceToken);
    enter(getFragmentData(SessionFields, data.login));
  }

  return (
    <main id="main" className="login">
      <h1>Sign in to FitFlow</h1>
      {ended && !error && (
        <p className="notice" role="status">
          {ended}
        </p>
      )}
      {mfaToken ? (
        <form className="card form" onSubmit={onSubmitCode} noValidate aria-labelledby="mfa-title">
          <h2 id="mfa-title">Two-factor sign-in</h2>
          <div className="field">
            <label htmlFor={ids.code}>Authentication code</label>
            <input
              id={ids.code}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              aria-invalid={!!codeProblem}
              aria-describedby={codeProblem ? ids.codeError : undefined}
              autoFocus
            />
            {codeProblem && (
              <p id={ids.codeError} className="field-error">
                {codeProblem}
              </p>
            )}
          </div>
          {mfaError && <ErrorMessage error={mfaError} title="Could not verify the code" />}
          <button type="submit" className="primary" disabled={verifying}>
            {verifying ? 'Checking…' : 'Verify'}
          </button>
          <button type="button" onClick={() => setMfaToken(null)}>
            Back
          </button>
        </form>
      ) : (
        <form className="card form" onSubmit={onSubmit} noValidate aria-describedby={error ? 'login-error' : undefined}>
          <div className="field">
            <label htmlFor={ids.email}>Email</label>
            <input
              id={ids.email}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={!!problems.email}
              aria-describedby={problems.email ? ids.emailError : undefined}
              autoFocus
            />
            {problems.email && (
              <p id={ids.emailError} className="field-error">
                {problems.email}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.password}>Password</label>
            <input
              id={ids.password}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={!!problems.password}
              aria-describedby={problems.password ? ids.passwordError : undefined}
            />
            {problems.password && (
              <p id={ids.passwordError} className="field-error">
                {problems.password}
              </p>
            )}
          </div>
          {throttled && (
            <div className="field">
              <label htmlFor={ids.totp}>Authenticator code (if you use two-factor sign-in)</label>
              <input id={ids.totp} name="totp" inputMode="numeric" autoComplete="one-time-code" value={totp} onChange={(e) => setTotp(e.target.value)} />
            </div>
          )}
          {error && (
            <div id="login-error">
              <ErrorMessage error={error} title="Could not sign in" />
            </div>
          )}
          <button type="submit" className="primary" disabled={loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      )}
      {!BUILT_APP && (
        <p className="hint">
          Demo: <code>maya@fitflow.demo</code> (trainer), <code>studio@harbourfront.demo</code> (studio) or <code>emma.wilson@example.com</code> (client),
          password <code>FitFlow-demo-2026!</code>
        </p>
      )}
    </main>
  );
}
