import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { ProblemType } from '#src/kernel/problems';

/**
 * A browser navigation never shows raw JSON (web.md): when a person's browser asks for a page and the answer is
 * a problem, they get a plain HTML page saying what happened and what to do. API paths keep problem+json
 * whatever the Accept header says: scripts and generated clients call them.
 */
const API_PATHS = /^\/(api|platform|socket\.io)(\/|$)/;

export function isBrowserNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (API_PATHS.test(request.url)) return false;
  if (request.headers['sec-fetch-mode'] === 'navigate') return true;
  return (request.headers.accept ?? '').includes('text/html');
}

export interface PageProblem {
  /** The catalogue type, without the base URI (tenant-not-found, idp-unavailable, …). */
  type: ProblemType;
  status: number;
  detail: string;
}

interface PageText {
  heading: string;
  what: string;
  todo: string;
  /** A link that helps (try again, start over); the current page when it is "try again". */
  action?: { label: string; href: string };
}

function textFor(problem: PageProblem, url: string, host: string): PageText {
  switch (problem.type) {
    case 'tenant-not-found':
      return {
        heading: 'No workspace at this address',
        what: `There is no Dispatch workspace at ${host}.`,
        todo: 'Check the address for typing mistakes. Your workspace address looks like your-company.dispatch-domain; your administrator can tell you the right one.',
      };
    case 'tenant-suspended':
      return {
        heading: 'This workspace is suspended',
        what: `The Dispatch workspace at ${host} is suspended, so nobody can sign in to it for now.`,
        todo: 'Contact your administrator: they can ask Dispatch support to resume it.',
      };
    case 'idp-unavailable':
      return {
        heading: 'Sign-in is unavailable right now',
        what: "Your organisation's sign-in service (identity provider) did not answer.",
        todo: 'Try again in a minute. If it keeps happening, tell your IT team that the identity provider for Dispatch cannot be reached.',
        action: { label: 'Try again', href: url },
      };
    case 'web-login-not-configured':
    case 'idp-not-configured':
      return {
        heading: 'Web sign-in is not set up',
        what: 'This workspace has no web sign-in configured yet.',
        todo: 'An administrator sets it up under Settings, Identity provider (or asks Dispatch support to). Until then, API clients with their own credentials still work.',
      };
    case 'sign-in-failed':
    case 'login-state-mismatch':
    case 'login-expired':
      return {
        heading: 'Sign-in did not complete',
        what: problem.detail,
        todo: 'Start the sign-in again. If it fails again, tell your IT team what this page says.',
        action: { label: 'Sign in again', href: '/auth/login' },
      };
    case 'web-app-not-built':
      return {
        heading: 'The web app is not installed here',
        what: 'This server runs the Dispatch API, but the web app has not been built on it.',
        todo: 'Build it with "pnpm --filter @dispatch/web build" (npm start does this for you), then reload.',
        action: { label: 'Reload', href: url },
      };
    default:
      return {
        heading: problem.status >= 500 ? 'Something went wrong on our side' : 'This page cannot be shown',
        what: problem.status >= 500 ? 'The request could not be completed.' : problem.detail,
        todo:
          problem.status >= 500
            ? 'Try again in a moment. If it keeps happening, contact support and quote the reference below.'
            : 'Go back to the start page and try again.',
        action:
          problem.status >= 500 ? { label: 'Try again', href: url } : { label: 'Start page', href: '/' },
      };
  }
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** System fonts, no external assets, readable in light and dark schemes; allowed by hash in the page's CSP. */
const STYLE = `
:root { color-scheme: light dark; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; line-height: 1.5;
  background: Canvas; color: CanvasText; }
main { max-width: 34rem; margin: 12vh auto 0; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
p { margin: 0 0 1rem; font-size: 1.05rem; }
a { color: LinkText; font-weight: 600; }
a:focus-visible { outline: 3px solid Highlight; outline-offset: 2px; }
.ref { font-size: 0.85rem; opacity: 0.8; margin-top: 2rem; }
`;

/** Nothing may load or run but the inline style above. */
export const PROBLEM_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function renderProblemPage(
  problem: PageProblem,
  context: { url: string; host: string; requestId: string },
): string {
  const text = textFor(problem, context.url, context.host);
  const action = text.action
    ? `<p><a href="${escape(text.action.href)}">${escape(text.action.label)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(text.heading)} · Dispatch</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(text.heading)}</h1>
<p>${escape(text.what)}</p>
<p>${escape(text.todo)}</p>
${action}
<p class="ref">Error ${problem.status} (${escape(problem.type)}) · reference ${escape(context.requestId)}</p>
</main>
</body>
</html>
`;
}
