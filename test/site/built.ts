/** Access to the site built by global-setup.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inject } from 'vitest';

export const siteDir = (): string => inject('siteDir');

export const readBuilt = (path: string): string => readFileSync(join(siteDir(), path), 'utf8');

/** Every built HTML page as a path relative to the site root, sorted. */
export function builtPages(): string[] {
  const root = siteDir();
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(root, join(root, f)))
    .sort();
}

/** Attribute values removed, so only markup and text remain (a `<` inside an attribute is harmless). */
export const withoutAttributeValues = (html: string): string => html.replace(/="[^"]*"/g, '=""');

/** Every `href` attribute value of the page, in document order, as written (entities not decoded). */
export const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
