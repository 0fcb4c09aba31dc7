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
# deploy/compose.yaml runs two instances, Redis and nginx from it.

ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Dependencies, with patch-package's patch to Next.js applied (postinstall).
FROM ${NODE_IMAGE} AS deps
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
ENV NEXT_PUBLIC_SITE_URL=${NEXT_PUBLIC_SITE_URL} \
    NEXT_PUBLIC_SANITY_PROJECT_ID=${NEXT_PUBLIC_SANITY_PROJECT_ID} \
    NEXT_PUBLIC_SANITY_DATASET=${NEXT_PUBLIC_SANITY_DATASET} \
    NEXT_PUBLIC_SANITY_API_VERSION=${NEXT_PUBLIC_SANITY_API_VERSION} \
    NEXT_PUBLIC_SANITY_STUDIO_API_HOST=${NEXT_PUBLIC_SANITY_STUDIO_API_HOST} \
    SANITY_IMAGE_HOST=${SANITY_IMAGE_HOST} \
    NABADO_OUTPUT=standalone \
    NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build

# 3. What runs: server.js with the files and packages it traced, the bundled dataset
#    (traced too: outputFileTracingIncludes), the WordPress redirect map when there is one,
#    and public/ and the build's static/ beside it, as Next.js's standalone docs require.
FROM ${NODE_IMAGE} AS runner
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/sanity/dataset/*json ./sanity/dataset/
# The site's own data folder (PGlite: the search index, and gifts without DATABASE_URL), the
# one place besides the cache the server writes; a volume keeps it across containers.
RUN mkdir -p /app/.data && chown node:node /app/.data
VOLUME /app/.data
USER node
EXPOSE 3000
CMD ["node", "server.js"]
