import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import '../portal.css';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

function NavList({ items }: { items: NavItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end}>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * Header with the app's navigation and the signed-in person's name (never their email); the page goes
 * in <main>. `locations` (a studio admin's studio and its child locations) is a second navigation row.
 */
export function Layout({ nav, locations = [], userName, children }: { nav: NavItem[]; locations?: NavItem[]; userName: string; children: ReactNode }) {
  const { signOut } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">FitFlow</span>
        {nav.length > 0 && (
          <nav aria-label="Main">
            <NavList items={nav} />
          </nav>
        )}
        <div className="user">
          <span className="user-name">{userName}</span>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
        {locations.length > 1 && (
          <nav aria-labelledby="locations-title" className="locations">
            <h2 id="locations-title">Locations</h2>
            <NavList items={locations} />
          </nav>
        )}
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
