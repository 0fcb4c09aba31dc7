# syntax=docker/dockerfile:1
#
# Nabado's production image (README, "Deploying"): the standalone server of one build
# (NABADO_OUTPUT=standalone), run by Node 24 as the unprivileged `node` user.
#
#   docker build -t nabado \
#     --build-arg NEXT_PUBLIC_SITE_URL=https://nabado.co.ke \
#     --build-arg NEXT_PUBLIC_SANITY_PROJECT_ID=<id> --build-arg NEXT_PUBLIC_SANITY_DATASET=production .
#   docker run -p 3000:3000 -e REDIS_URL=redis://redis:6379 -e SANITY_API_READ_TOKEN=… \
#     -e SANITY_REVALIDATE_SECRET=… nabado
#
# Build arguments are what `next build` fixes into the pages (NEXT_PUBLIC_*, the image host
# in the Content-Security-Policy); secrets are never build arguments: they are given to the
# container at run time. With no Sanity arguments the image serves the bundled dataset.
# deploy/compose.yaml runs two instances, Redis, PostgreSQL and nginx from it.
#
# The base is the official Node 24 image. Where no image registry is reachable (the stack
# tests, e2e/stack/), deploy/local-images/make-base.sh makes a stand-in of it from Debian's
# packages and the project's own Node 24: --build-arg BASE_IMAGE=nabado-base:bookworm.

ARG BASE_IMAGE=node:24-bookworm-slim

# 1. Dependencies, with patch-package's patch to Next.js applied (postinstall). Only the
#    lock file and the patches go in, so this layer is rebuilt only when they change.
FROM ${BASE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
# The postinstall (patch-package --error-on-fail) fails this step, and so the image build, when
# the Next.js patch does not apply (tests/next-patch.test.ts checks the installed Next.js).
RUN npm ci --no-audit --no-fund

# 2. The build: `next build` with the standalone output.
FROM deps AS build
ARG NEXT_PUBLIC_SITE_URL=http://localhost:3000
ARG NEXT_PUBLIC_SANITY_PROJECT_ID=
ARG NEXT_PUBLIC_SANITY_DATASET=
ARG NEXT_PUBLIC_SANITY_API_VERSION=
ARG NEXT_PUBLIC_SANITY_STUDIO_API_HOST=
ARG SANITY_IMAGE_HOST=
# Where the build reads content from in Sanity mode (the real API by default; a stand-in in tests).
ARG SANITY_API_HOST=
# 1 skips Next's own type-check (the tests type-check the project before they build the image).
ARG NABADO_SKIP_BUILD_TYPECHECK=
ENV NEXT_PUBLIC_SITE_URL=${NEXT_PUBLIC_SITE_URL} \
    NEXT_PUBLIC_SANITY_PROJECT_ID=${NEXT_PUBLIC_SANITY_PROJECT_ID} \
    NEXT_PUBLIC_SANITY_DATASET=${NEXT_PUBLIC_SANITY_DATASET} \
    NEXT_PUBLIC_SANITY_API_VERSION=${NEXT_PUBLIC_SANITY_API_VERSION} \
    NEXT_PUBLIC_SANITY_STUDIO_API_HOST=${NEXT_PUBLIC_SANITY_STUDIO_API_HOST} \
    SANITY_IMAGE_HOST=${SANITY_IMAGE_HOST} \
    SANITY_API_HOST=${SANITY_API_HOST} \
    NABADO_SKIP_BUILD_TYPECHECK=${NABADO_SKIP_BUILD_TYPECHECK} \
    NABADO_OUTPUT=standalone \
    NEXT_TELEMETRY_DISABLED=1
COPY . .
# Source maps (the server's and the traced packages') are left out of what runs: removed here,
# in the same step, since a file deleted in a later layer would still be in the image.
RUN npm run build && find .next/standalone -name '*.map' -delete

# 3. What runs: server.js with the files and packages it traced, the bundled dataset
#    (traced too: outputFileTracingIncludes), the WordPress redirect map when there is one,
#    and public/ and the build's static/ beside it, as Next.js's standalone docs require.
FROM ${BASE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/sanity/dataset/*json ./sanity/dataset/
# The site's own data folder (PGlite: the search index, and gifts without DATABASE_URL) and
# the build's cache folder (the image optimiser's copies) are the places the server writes;
# volumes keep them across containers, and the root file system can be read-only.
RUN mkdir -p /app/.data /app/.next/cache && chown node:node /app/.data /app/.next/cache
VOLUME ["/app/.data", "/app/.next/cache"]
USER node
EXPOSE 3000
# 200 while the server can answer; Redis or the database down is reported, not failed on.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
