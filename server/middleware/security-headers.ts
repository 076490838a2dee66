import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';

/** Security headers with a strict Content-Security-Policy: scripts and styles only from our own origin, no inline scripts. */
const pageHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: 'strict-origin-when-cross-origin',
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });

/** SVG images (the bank's diagrams) get a policy of their own: opened directly, they still cannot run script. */
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export const securityHeaders = () => {
  const headers = pageHeaders();
  return createMiddleware(async (c, next) => {
    await headers(c, next);
    if (c.res.headers.get('content-type')?.startsWith('image/svg+xml'))
      c.res.headers.set('Content-Security-Policy', SVG_CSP);
  });
};
