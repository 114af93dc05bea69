// Discovers the pages of a built site (dist/) and maps files to URLs, so tests find
// concrete pages by reading the build rather than hard-coding generated ids.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** All files below `dir`, relative paths with '/' separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

export async function listHtmlFiles(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith('.html'));
}

/** 'projects/abc/2025/index.html' → 'projects/abc/2025/' (relative to the base URL). */
export function fileToPath(file: string): string {
  return file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export type PageType =
  | 'home'
  | 'year'
  | 'jurisdiction'
  | 'department'
  | 'project'
  | 'indicators'
  | 'indicator-level1'
  | 'indicator-category'
  | 'indicator-category-year'
  | 'data'
  | 'about'
  | 'search'
  | 'source'
  | 'measurability'
  | 'measurability-jurisdiction'
  | 'findings'
  | 'findings-year'
  | 'not-found'
  | 'other';

/** Page type from the site's URL scheme (paths relative to the base, e.g. 'years/2025/'). */
export function pageType(path: string): PageType {
  const rules: Array<[RegExp, PageType]> = [
    [/^$/, 'home'],
    [/^years\/\d{4}\/$/, 'year'],
    // Listings are paginated: years/2025/<id>/2/ is page 2 of the same listing.
    [/^years\/\d{4}\/[^/]+\/(\d+\/)?$/, 'jurisdiction'],
    [/^departments\/[^/]+\/\d{4}\/$/, 'department'],
    [/^projects\/[^/]+\/\d{4}\/$/, 'project'],
    [/^indicators\/$/, 'indicators'],
    [/^indicators\/[^/]+\/$/, 'indicator-level1'],
    [/^indicators\/[^/]+\/[^/]+\/$/, 'indicator-category'],
    [/^indicators\/[^/]+\/[^/]+\/\d{4}\/(\d+\/)?$/, 'indicator-category-year'],
    [/^data\/$/, 'data'],
    [/^about\/$/, 'about'],
    [/^search\/$/, 'search'],
    [/^sources\/[^/]+\/$/, 'source'],
    [/^measurability\/$/, 'measurability'],
    // Each jurisdiction-year's table by share, and the same in another order (total/, name/).
    [/^measurability\/\d{4}\/[^/]+\/([a-z]+\/)?$/, 'measurability-jurisdiction'],
    [/^findings\/$/, 'findings'],
    [/^findings\/\d{4}\/(\d+\/)?$/, 'findings-year'],
    [/^404(\.html|\/)$/, 'not-found'],
  ];
  return rules.find(([re]) => re.test(path))?.[1] ?? 'other';
}

export type SitePage = { file: string; path: string; type: PageType };

export async function sitePages(dist: string): Promise<SitePage[]> {
  return (await listHtmlFiles(dist)).map((file) => {
    const path = fileToPath(file);
    return { file, path, type: pageType(path) };
  });
}

/** First page of each type (sorted by path, so the choice is stable between runs). */
export function onePerType(pages: SitePage[]): SitePage[] {
  const seen = new Map<PageType, SitePage>();
  for (const p of pages) if (!seen.has(p.type)) seen.set(p.type, p);
  return [...seen.values()];
}
