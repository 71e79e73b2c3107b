# One image for every role: the API (default command), the worker
# (node dist/apps/api/src/worker.js) and the command-line tools
# (node dist/apps/api/src/cli/migrate.js, audit-verify.js, seed-demo.js).

# ---- build: all dependencies, compile, then drop the dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app

COPY package*.json ./
# `npm install`, not `npm ci`: the lockfile made against this project's registry lacks other
# platforms' optional binaries and `npm ci` refuses it ("Missing: ... from lock file");
# `npm install` installs the locked versions (STACK.md, docs/adr/0006).
# Native modules (argon2, msgpackr-extract) ship prebuilt binaries: no compiler needed.
RUN npm install --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: compiled code and production dependencies, as a non-root user ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

# Owned by root and read-only for the `node` user: the process writes nothing under /app.
COPY --from=build /app/package*.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The web client (vite build), served by the API at / (apps/api/src/web).
COPY --from=build /app/apps/web/dist ./apps/web/dist

USER node
EXPOSE 3000

# GET /health answers 200 when PostgreSQL and Redis are reachable, 503 otherwise.
# The worker and the one-shot tools have no HTTP server: disable this check for them
# (docker-compose.yml does).
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

CMD ["node", "dist/apps/api/src/main.js"]
