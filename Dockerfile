# syntax=docker/dockerfile:1
# One image for every FitFlow service; the command chooses which one runs (docs/deployment.md):
#   node --conditions=fitflow-dist packages/stack/dist/migrate.js        the migrate step (one-shot)
#   node --conditions=fitflow-dist subgraphs/<name>/dist/index.js        a subgraph
#   node --conditions=fitflow-dist gateway/dist/index.js                 the gateway and the web app (default)
# Build: docker build -t fitflow .

ARG NODE_IMAGE=node:20.19-bookworm-slim
ARG NPM_VERSION=11.19.1

# ---- build: every dependency, then `npm run build` (tsc to each workspace's dist/, Vite to web/dist)
FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION
RUN npm install --global npm@${NPM_VERSION} --no-audit --no-fund
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/kit/package.json packages/kit/
COPY packages/demo/package.json packages/demo/
COPY packages/devdb/package.json packages/devdb/
COPY packages/stack/package.json packages/stack/
COPY packages/testkit/package.json packages/testkit/
COPY packages/lint/package.json packages/lint/
COPY subgraphs/identity/package.json subgraphs/identity/
COPY subgraphs/studios/package.json subgraphs/studios/
COPY subgraphs/clients/package.json subgraphs/clients/
COPY subgraphs/scheduling/package.json subgraphs/scheduling/
COPY subgraphs/finance/package.json subgraphs/finance/
COPY gateway/package.json gateway/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies only, compiled JavaScript, no sources, no compiler, not root
FROM ${NODE_IMAGE} AS runtime
ARG NPM_VERSION
RUN npm install --global npm@${NPM_VERSION} --no-audit --no-fund
ENV NODE_ENV=production
# glibc: buffers of 128 KiB and more are mapped on their own and given back when freed, so a process
# does not keep its largest ever allocations (argon2's 19 MiB per sign-in); docs/deployment.md.
ENV MALLOC_MMAP_THRESHOLD_=131072
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages/kit/package.json packages/kit/
COPY --from=build /app/packages/demo/package.json packages/demo/
COPY --from=build /app/packages/devdb/package.json packages/devdb/
COPY --from=build /app/packages/stack/package.json packages/stack/
COPY --from=build /app/packages/testkit/package.json packages/testkit/
COPY --from=build /app/packages/lint/package.json packages/lint/
COPY --from=build /app/subgraphs/identity/package.json subgraphs/identity/
COPY --from=build /app/subgraphs/studios/package.json subgraphs/studios/
COPY --from=build /app/subgraphs/clients/package.json subgraphs/clients/
COPY --from=build /app/subgraphs/scheduling/package.json subgraphs/scheduling/
COPY --from=build /app/subgraphs/finance/package.json subgraphs/finance/
COPY --from=build /app/gateway/package.json gateway/
COPY --from=build /app/web/package.json web/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/packages/kit/dist packages/kit/dist
COPY --from=build /app/packages/demo/dist packages/demo/dist
COPY --from=build /app/packages/devdb/dist packages/devdb/dist
COPY --from=build /app/packages/stack/dist packages/stack/dist
COPY --from=build /app/subgraphs/identity/dist subgraphs/identity/dist
COPY --from=build /app/subgraphs/studios/dist subgraphs/studios/dist
COPY --from=build /app/subgraphs/clients/dist subgraphs/clients/dist
COPY --from=build /app/subgraphs/scheduling/dist subgraphs/scheduling/dist
COPY --from=build /app/subgraphs/finance/dist subgraphs/finance/dist
COPY --from=build /app/gateway/dist gateway/dist
# What the services read at run time, relative to /app: the supergraph (gateway, identity), the web
# app's persisted operations (gateway) and the built web app (gateway, WEB_DIST).
COPY --from=build /app/schema/supergraph.graphql schema/supergraph.graphql
COPY --from=build /app/web/src/__generated__/persisted-documents.json web/src/__generated__/persisted-documents.json
COPY --from=build /app/web/dist web/dist
USER node
EXPOSE 4000
CMD ["node", "--conditions=fitflow-dist", "gateway/dist/index.js"]
