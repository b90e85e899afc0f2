# csb in one container: `csb start` on its embedded defaults (SQLite under /app/data).
FROM node:24-bookworm-slim
WORKDIR /app
COPY . .
# `npm ci` runs the root `prepare` script, which generates the protobuf code (proto/gen).
RUN npm ci --no-audit --no-fund
ENV CSB_DATA_DIR=/app/data
EXPOSE 1883 8080 8081
VOLUME ["/app/data"]
STOPSIGNAL SIGTERM
CMD ["node", "bin/csb.ts", "start"]
