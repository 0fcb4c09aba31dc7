// A throw-away self-signed certificate for the HTTP/2 listener.
//
// The browser side must speak HTTP/2 (over HTTP/1.1 the Studio's long-lived listen streams
// use up Chromium's six connections per host), and browsers only do HTTP/2 over TLS. The
// Studio addresses the API as `<projectId>.localhost`, so the certificate names `*.localhost`
// as well as `localhost` and 127.0.0.1. It is made with the `openssl` CLI at start-up.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type Certificate = {
  key: string
  cert: string
  /** PEM file of the certificate, e.g. for NODE_EXTRA_CA_CERTS. */
  certPath: string
  dispose(): void
}

export function createSelfSignedCertificate(extraHostnames: string[] = []): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'sanity-stand-in-tls-'))
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  const names = [
    'localhost',
    '*.localhost',
    ...extraHostnames.filter((name) => name !== 'localhost'),
  ]
  const subjectAltName = [...new Set(names)]
    .map((name) => `DNS:${name}`)
    .concat('IP:127.0.0.1')
    .join(',')
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        keyPath,
        '-out',
        certPath,
        '-days',
        '30',
        '-subj',
        '/CN=localhost',
        '-addext',
        `subjectAltName=${subjectAltName}`,
        '-addext',
        'extendedKeyUsage=serverAuth',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new Error(
      missing
        ? "The `openssl` command is needed to make the stand-in's TLS certificate (apt-get install openssl)"
        : `openssl could not make a certificate: ${String((error as { stderr?: Buffer }).stderr ?? error)}`,
    )
  }
  return {
    key: readFileSync(keyPath, 'utf8'),
    cert: readFileSync(certPath, 'utf8'),
    certPath,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
}
