/**
 * Serving: the article page from `next start`, then the very same prerendered HTML as a
 * static file from Debian's nginx on loopback, with the same autocannon settings (10
 * connections, 10 s, gzip accepted, after a 2 s warm-up). nginx sends the file as gzip'd
 * once beforehand (gzip_static, as a CDN keeps it); Next.js compresses per response. nginx
 * is what this machine can physically serve; the ratio shows what Next.js's server costs.
 */
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { emit, note } from './lib/report.ts'
import { ARTICLE_PATH, BENCH_DIST, ensureBenchBuild, PORTS, ROOT, startSite } from './lib/site.ts'

const NGINX = '/usr/sbin/nginx'
const SETTINGS = { connections: 10, duration: 10, pipelining: 1 }
const HEADERS = { 'accept-encoding': 'gzip' }

/** Debian's nginx; installed with apt-get when missing and the bench runs as root. */
function ensureNginx(): boolean {
  if (existsSync(NGINX)) return true
  if (process.getuid?.() !== 0) {
    note(
      'nginx is not installed and the bench is not root: run `apt-get install nginx-light` (skipping nginx)',
    )
    return false
  }
  note('installing nginx-light with apt-get')
  const install = () =>
    spawnSync('apt-get', ['install', '-y', 'nginx-light'], { stdio: 'ignore' }).status === 0
  if (!install()) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore' })
    install()
  }
  return existsSync(NGINX)
}

function nginxConfig(dir: string, port: number): string {
  const temp = (name: string) => path.join(dir, 'tmp', name)
  return `worker_processes auto;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  keepalive_requests 1000000;
  # The file is compressed once, beforehand, as a CDN keeps it; gzip on is only a fallback.
  gzip_static on;
  gzip on;
  gzip_comp_level 6;
  gzip_types text/html;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${path.join(dir, 'www')};
    location / { try_files $uri $uri.html =404; }
  }
}
`
}

async function load(url: string) {
  await autocannon({ url, ...SETTINGS, duration: 2, headers: HEADERS })
  const result = await autocannon({ url, ...SETTINGS, headers: HEADERS })
  const bad = result.non2xx + result.errors + result.timeouts
  if (bad > 0) throw new Error(`${url}: ${bad} failed responses under load`)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average,
  }
}

export async function run() {
  ensureBenchBuild()
  const site = await startSite(BENCH_DIST, PORTS.site)
  let next
  try {
    await fetch(site.origin + ARTICLE_PATH)
    next = await load(site.origin + ARTICLE_PATH)
  } finally {
    await site.stop()
  }
  emit('serving', 'next.rps', Math.round(next.rps), SETTINGS)
  emit('serving', 'next.p50_ms', next.p50)
  emit('serving', 'next.p99_ms', next.p99)
  if (!ensureNginx()) {
    emit('serving', 'nginx.rps', 'skipped: nginx missing')
    return
  }
  const dir = path.join(ROOT, '.bench', 'nginx')
  for (const sub of ['www', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true })
  // The HTML Next.js prerendered for this article, byte for byte (a reader page: pages/).
  const html = path.join(ROOT, BENCH_DIST, 'server', 'pages', `${ARTICLE_PATH.slice(1)}.html`)
  mkdirSync(path.dirname(path.join(dir, 'www', ARTICLE_PATH.slice(1))), { recursive: true })
  const served = path.join(dir, 'www', `${ARTICLE_PATH.slice(1)}.html`)
  copyFileSync(html, served)
  writeFileSync(`${served}.gz`, gzipSync(readFileSync(served), { level: 9 }))
  writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, PORTS.nginx))
  const nginx = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], {
    detached: true,
    stdio: 'ignore',
  })
  try {
    const origin = `http://127.0.0.1:${PORTS.nginx}`
    for (let i = 0; i < 50; i++) {
      if ((await fetch(origin + ARTICLE_PATH).catch(() => null))?.ok) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const same = (await (await fetch(origin + ARTICLE_PATH)).text()).length
    const ng = await load(origin + ARTICLE_PATH)
    emit('serving', 'nginx.rps', Math.round(ng.rps), { ...SETTINGS, html_bytes: same })
    emit('serving', 'nginx.p50_ms', ng.p50)
    emit('serving', 'nginx.p99_ms', ng.p99)
    emit('serving', 'ratio.rps_nginx_over_next', Math.round((ng.rps / next.rps) * 10) / 10)
    emit(
      'serving',
      'ratio.p50_next_over_nginx',
      ng.p50 > 0 ? Math.round((next.p50 / ng.p50) * 10) / 10 : 'n/a (nginx p50 < 1 ms)',
    )
    emit(
      'serving',
      'ratio.p99_next_over_nginx',
      ng.p99 > 0 ? Math.round((next.p99 / ng.p99) * 10) / 10 : 'n/a',
    )
  } finally {
    try {
      process.kill(-nginx.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  note('serving done')
}
