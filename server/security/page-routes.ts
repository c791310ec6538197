import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The app/ directory of the Next pages. */
export const APP_DIR = path.resolve(import.meta.dirname, '../../app');

/** Pages answered without a session, with the reason. */
export const PUBLIC_PAGES: Record<string, string> = { '/login': 'the sign-in form itself' };

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.name === 'page.tsx' ? [full] : [];
  });
}

/** The URL path of a page file: route groups dropped, dynamic segments filled with a fresh uuid. */
function routeOf(file: string): string {
  const segments = path
    .relative(APP_DIR, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.+\]$/.test(s) ? randomUUID() : s));
  return `/${segments.join('/')}`;
}

/** Every page of the app (app/**\/page.tsx) with a URL that reaches it; new pages are included automatically. */
export function listPages(): { file: string; route: string }[] {
  return pageFiles(APP_DIR).map((file) => ({ file, route: routeOf(file) }));
}
