import { Component, type ErrorInfo, type ReactNode } from 'react';
import '../portal.css';

/** A lazy route's chunk that did not load (Vite and the browsers word it differently). */
const isChunkLoadError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically imported module/i.test(error.message);

interface Props {
  children: ReactNode;
  /** Changes when the person navigates: the boundary then tries its children again. */
  resetKey: string;
}
interface State {
  error: unknown;
  resetKey: string;
}

/**
 * Catches what a route throws while rendering, including a lazy chunk that fails to load, and shows a
 * message with Reload instead of a blank page. Navigating elsewhere clears it.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The console only (never a server log): the stack helps a developer, the page helps the person.
    console.error('A page failed to render', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const chunk = isChunkLoadError(this.state.error);
    return (
      <section className="state state-error boundary" role="alert" aria-labelledby="boundary-title">
        <h1 id="boundary-title">{chunk ? 'This page could not be loaded' : 'This page stopped working'}</h1>
        <p>
          {chunk
            ? 'Part of FitFlow did not download, perhaps because the connection dropped or FitFlow was just updated.'
            : 'Something unexpected went wrong while showing this page.'}{' '}
          Reloading usually fixes it.
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
