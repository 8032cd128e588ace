/**
 * The renderer's Content-Security-Policy, the same for both shells: only the app's own scripts,
 * styles, images and fonts; calls only back to the app; no frames, plugins or form posts.
 * `blob:` is allowed for frames and objects only so the browser shell can show a generated PDF.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
