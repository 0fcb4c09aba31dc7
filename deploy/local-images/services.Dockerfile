# Stand-ins of the official nginx, redis and postgres images for machines that reach no image
# registry (the stack tests, e2e/stack/): Debian bookworm's own packages on the local base
# (make-base.sh), one image for the three, started with the commands deploy/compose.yaml gives
# the official ones. postgres-entrypoint.sh does what the official image's entrypoint does with
# POSTGRES_USER, POSTGRES_PASSWORD and POSTGRES_DB on an empty data folder.
#
#   docker build --network host -f deploy/local-images/services.Dockerfile \
#     -t nabado-services:bookworm deploy/local-images
ARG BASE_IMAGE=nabado-base:bookworm
FROM ${BASE_IMAGE}
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    nginx-light redis-server postgresql-15 gettext-base \
  && rm -rf /var/lib/apt/lists/* \
  && mkdir -p /var/cache/nginx /var/lib/postgresql/data /run/postgresql \
  && chown postgres:postgres /var/lib/postgresql/data /run/postgresql
ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    PGDATA=/var/lib/postgresql/data
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
ENTRYPOINT ["docker-entrypoint.sh"]
