# csb in one container: `csb start` (broker + gateway + booking core + REST API), SQLite on a
# volume under /app/data. Two stages: the build stage has the dev tools (protobufjs-cli, buf,
# TypeScript, Biome) and generates the protobuf code; the runtime stage has production
# dependencies only and runs as the unprivileged `node` user. docs/operations.md "Container".

# ---- build: full install, generated protobuf code ---------------------------------------------
FROM node:24-bookworm-slim AS build
WORKDIR /src
# Manifests first: the `npm ci` layer stays cached until a dependency changes.
COPY package.json package-lock.json ./
COPY proto/package.json proto/
COPY booking-core/package.json booking-core/
COPY gateway/package.json gateway/
COPY simulator/package.json simulator/
COPY head-unit/package.json head-unit/
COPY conformance/package.json conformance/
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY proto proto
# proto/gen from the .proto files, with the pinned protobufjs-cli (a dev dependency).
RUN npm run gen

# ---- runtime: production dependencies, no dev tools, not root ---------------------------------
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY proto/package.json proto/
COPY booking-core/package.json booking-core/
COPY gateway/package.json gateway/
COPY simulator/package.json simulator/
COPY head-unit/package.json head-unit/
COPY conformance/package.json conformance/
# --ignore-scripts: `prepare` would generate the protobuf code, which needs the dev tools; the
# build stage generated it. Then the npm cache goes: it is not needed to run.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY bin bin
COPY proto/src proto/src
COPY proto/csb proto/csb
COPY --from=build /src/proto/gen proto/gen
COPY booking-core/src booking-core/src
COPY gateway/src gateway/src
COPY simulator/src simulator/src
COPY head-unit/src head-unit/src
COPY conformance/src conformance/src
COPY simulator/scenarios simulator/scenarios
COPY README.md CHANGELOG.md LICENSE ./
COPY docs docs
RUN mkdir -p /app/data && chown node:node /app/data
# In a container the listeners must take connections from outside it; the demo (published
# credentials) is off, and would be refused on 0.0.0.0 anyway (docs/operations.md "Demo mode").
ENV CSB_DATA_DIR=/app/data \
    CSB_SEED_DEMO=false \
    CSB_MQTT_HOST=0.0.0.0 \
    CSB_HTTP_HOST=0.0.0.0
USER node
EXPOSE 1883 8080 8081
VOLUME ["/app/data"]
# The image has no curl: Node 24's fetch asks the ops port's /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.CSB_OPS_PORT || '8081') + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "bin/csb.ts", "start"]
