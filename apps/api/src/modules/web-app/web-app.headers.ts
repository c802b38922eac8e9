/**
 * Headers of the app shell. Scripts only from this origin (Vite emits module scripts under /assets, no inline
 * script); styles from this origin plus inline style attributes and injected style elements, which component
 * libraries (toasts, popovers) rely on; the API, its socket and everything else on this very origin only.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SHELL_HEADERS = {
  'content-security-policy': APP_CSP,
  // The shell names the current hashed bundles: always revalidate it, so a deploy is picked up at once.
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Vite puts a content hash in every file name under /assets: a changed file is a new URL. */
export const HASHED_ASSET_MAX_AGE_MS = 365 * 24 * 3600 * 1000;
