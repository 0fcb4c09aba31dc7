import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The site is served from one origin; the X-Powered-By header only helps fingerprinting.
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
