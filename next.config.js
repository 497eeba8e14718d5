// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // Messages are compiled at build time, so the browser gets no ICU parser (about 10 kB less on
  // every page) and formats them without parsing.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});
const isDev = process.env.NODE_ENV !== 'production';

/**
 * Next.js inlines small bootstrap scripts into every statically generated page, so scripts need
 * 'unsafe-inline' unless every page is rendered per request with a nonce; we keep static pages and
 * allow inline scripts, but never 'unsafe-eval' outside development (React's dev tools need it).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** For scripts and styles: only what applies to them. */
const scriptHeaders = [{ key: 'X-Content-Type-Options', value: 'nosniff' }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The annotation engine is native (jieba) and reads its index from disk: keep it out of bundling.
  serverExternalPackages: ['@node-rs/jieba', 'pinyin-pro'],
  async headers() {
    return [
      // Pages, API answers and public files: the full set.
      { source: '/((?!_next/static/|reader-settings\\.js$).*)', headers: securityHeaders },
      // Scripts and styles (the content-hashed ones and our settings script): policies for
      // documents (CSP, framing, permissions, opener) do nothing on them, and repeating ~600 bytes
      // of them on each of a page's twenty requests cost more than the reader's own code.
      // Sniffing protection stays.
      { source: '/_next/static/:path*', headers: scriptHeaders },
      { source: '/reader-settings.js', headers: scriptHeaders },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
