import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../__generated__';
import { getEndedReason, SessionFields, startSession } from '../auth/session';
import { ErrorMessage } from '../components/StateViews';

const LoginRouteMutation = graphql(`
  mutation LoginRouteMutation($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
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

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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
  const [mfaPending, setMfaPending] = useState(false);
  const [login, { loading, error }] = useMutation(LoginRouteMutation);
  const ids = { email: useId(), password: useId(), emailError: useId(), passwordError: useId() };
  const ended = getEndedReason();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateLogin(email, password);
    setProblems(found);
    if (Object.keys(found).length) return;
    const { data } = await login({ variables: { input: { email: email.trim(), password } } }).catch(() => ({ data: undefined }));
    if (!data) return;
    if (data.login.mfaRequired) {
      // MFA (a later issue): verifyMfa(mfaToken, code) belongs here, as a second step of this form.
      setMfaPending(true);
      return;
    }
    if (startSession(getFragmentData(SessionFields, data.login))) {
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    }
  }

  return (
    <main id="main" className="login">
      <h1>Sign in to FitFlow</h1>
      {ended && !error && <p className="notice" role="status">{ended}</p>}
      {mfaPending ? (
        <section aria-labelledby="mfa-title" className="card">
          <h2 id="mfa-title">Two-factor sign-in</h2>
          <p>This account uses two-factor authentication, which the web app does not support yet. Use the API's <code>verifyMfa</code> for now.</p>
          <button type="button" onClick={() => setMfaPending(false)}>
            Back
          </button>
        </section>
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
      {import.meta.env.DEV && (
        <p className="hint">
          Demo: <code>maya@fitflow.demo</code> (trainer) or <code>studio@harbourfront.demo</code> (studio), password <code>FitFlow-demo-2026!</code>
        </p>
      )}
    </main>
  );
}
