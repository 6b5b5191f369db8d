import { useApolloClient, useMutation } from '@apollo/client/react';
import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { graphql } from '../__generated__';
import { endSession, getSession, subscribe, type Session } from './session';

const SignOutMutation = graphql(`
  mutation SignOutMutation($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

interface Auth {
  session: Session | null;
  signOut(): Promise<void>;
}
const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(subscribe, getSession);
  const client = useApolloClient();
  const [logout] = useMutation(SignOutMutation);
  const signOut = useCallback(async () => {
    const current = getSession();
    if (current) {
      // Revoke the refresh token server-side; sign out locally even if that fails.
      await logout({ variables: { refreshToken: current.refreshToken } }).catch(() => undefined);
    }
    endSession();
    await client.clearStore();
  }, [client, logout]);
  return <AuthContext.Provider value={{ session, signOut }}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
