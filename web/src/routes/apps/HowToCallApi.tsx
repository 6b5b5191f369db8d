/** The path of the gateway's OAuth 2.0 token endpoint (client credentials grant, RFC 6749 §4.4). */
export const TOKEN_PATH = '/oauth/token';

/**
 * The two requests an app makes, as shell commands: a token for its client id and secret (HTTP Basic),
 * then one of its manifest's operations by id. `origin` is where FitFlow's API is served (the web app's
 * own origin: /graphql and /oauth/token are served beside it).
 */
export function apiExample(origin: string): string {
  return [
    '# 1. A token for your app (valid 10 minutes): its client id and secret, HTTP Basic',
    `curl -s ${origin}${TOKEN_PATH} \\`,
    '  -u "$CLIENT_ID:$CLIENT_SECRET" \\',
    '  -d grant_type=client_credentials',
    '# → {"access_token":"…","token_type":"Bearer","expires_in":600,"scope":"schedule:read"}',
    '',
    '# 2. One of your manifest’s operations, by its id (the SHA-256 of its text)',
    `curl -s ${origin}/graphql \\`,
    '  -H "Authorization: Bearer $TOKEN" \\',
    "  -H 'Content-Type: application/json' \\",
    '  -d \'{"documentId":"<operation id>","variables":{"studioId":"<your studio id>"}}\'',
  ].join('\n');
}

/**
 * "How to call the API", folded away until asked for: the token endpoint, what an app sends, and an
 * example with curl.
 */
export function HowToCallApi() {
  return (
    <details className="card how-to">
      <summary>How to call the API</summary>
      <p>
        Your app asks the token endpoint <code>POST {TOKEN_PATH}</code> for a token with its client id and secret (OAuth 2.0 client credentials), then sends
        that token with each request to <code>/graphql</code>. A token lasts 10 minutes: ask for a new one when it expires.
      </p>
      <p>
        An app runs only the operations of its manifest, sent by id (<code>documentId</code>), and only with its owner’s data: a studio’s app sees that studio,
        a trainer’s app that trainer. A field outside its scopes is refused.
      </p>
      <pre>
        <code>{apiExample(window.location.origin)}</code>
      </pre>
    </details>
  );
}
