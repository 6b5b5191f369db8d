import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to your start page</Link>.
      </p>
    </section>
  );
}
