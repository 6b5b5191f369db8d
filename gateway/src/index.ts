import { ConfigError, createLogger, createTokenVerifier, loadObservabilityConfig, startObservability, type ObservabilityConfig } from '@fitflow/kit';
import { readFileSync } from 'node:fs';
import { loadGatewayConfig, policyOptions, subgraphUrlOverrides, type GatewayConfig } from './config.js';
import { buildGateway } from './server.js';

let config: GatewayConfig;
let observabilityConfig: ObservabilityConfig;
try {
  config = loadGatewayConfig();
  observabilityConfig = loadObservabilityConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`gateway: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const log = createLogger('gateway', config.LOG_LEVEL);
const observability = await startObservability('gateway', observabilityConfig, log);
const server = buildGateway({
  supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
  verifier: createTokenVerifier({ jwksUrl: config.JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }),
  log,
  subgraphUrls: subgraphUrlOverrides(config),
  production: config.NODE_ENV === 'production',
  ...policyOptions(config),
  gatewaySecret: config.GATEWAY_SECRET,
  persistedDocumentsPath: config.PERSISTED_DOCUMENTS_PATH,
});
const { stop } = await server.listen(config.PORT, config.HOST);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(
    signal,
    () =>
      void stop()
        .then(observability.stop)
        .then(() => process.exit(0)),
  );
}
