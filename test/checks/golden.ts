// Scoring for the search golden set: resolves page references against the build and
// computes precision/recall per query.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageType, SitePage } from './site.ts';

/**
 * Pages named by what a reader sees, never by generated ids, so the golden set survives
 * id changes: all given fields must match (h1 and department as substrings).
 */
export type PageRef = { type?: PageType; h1?: string; department?: string; year?: number };

export type GoldenQuery = {
  q: string;
  /** What the query exercises (name, partial name, category, amount, year, …). */
  kind: string;
  filters?: Record<string, string>;
  /** Every page these refs resolve to must be in the results. */
  must: PageRef[];
  /** Pages that are fine to return besides `must` (counted as relevant for precision). */
  also?: PageRef[];
  /** None of these may be in the results. */
  mustNot: PageRef[];
};

export type DescribedPage = SitePage & { h1: string; department: string; year: number | null };

/** Text of the first <h1>, tags stripped, whitespace collapsed. */
export function h1Text(html: string): string {
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1] ?? '';
  return inner
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The department a page belongs to, from the site's Pagefind filter markup (部门). */
export function departmentOf(html: string): string {
  return /data-pagefind-filter="部门"[^>]*>([^<]*)</.exec(html)?.[1]?.trim() ?? '';
}

export async function describePages(dist: string, pages: SitePage[]): Promise<DescribedPage[]> {
  return Promise.all(
    pages.map(async (p) => {
      const html = await readFile(join(dist, p.file), 'utf8');
      const year = /(?:^|\/)(\d{4})\//.exec(p.path)?.[1];
      return { ...p, h1: h1Text(html), department: departmentOf(html), year: year ? Number(year) : null };
    }),
  );
}

function describeRef(ref: PageRef): string {
  return Object.entries(ref)
    .map(([k, v]) => `${k}~"${v}"`)
    .join(' ');
}

/** Paths (relative to the base) of the pages a ref names; throws if it names none. */
export function resolveRef(ref: PageRef, pages: DescribedPage[]): string[] {
  const found = pages
    .filter(
      (p) =>
        (ref.type === undefined || p.type === ref.type) &&
        (ref.h1 === undefined || p.h1.includes(ref.h1)) &&
        (ref.department === undefined || p.department.includes(ref.department)) &&
        (ref.year === undefined || p.year === ref.year),
    )
    .map((p) => p.path);
  if (found.length === 0) throw new Error(`golden set names a page the build lacks: ${describeRef(ref)}`);
  return found;
}

export type QueryScore = {
  q: string;
  returned: number;
  missing: string[];
  forbidden: string[];
  precision: number;
  recall: number;
};

/** `returned` are result paths relative to the base, in rank order. */
export function scoreQuery(golden: GoldenQuery, returned: string[], pages: DescribedPage[]): QueryScore {
  const must = new Set(golden.must.flatMap((r) => resolveRef(r, pages)));
  const relevant = new Set([...must, ...(golden.also ?? []).flatMap((r) => resolveRef(r, pages))]);
  const mustNot = new Set(golden.mustNot.flatMap((r) => resolveRef(r, pages)));
  const got = new Set(returned);
  const hits = [...got].filter((p) => relevant.has(p)).length;
  return {
    q: golden.q,
    returned: got.size,
    missing: [...must].filter((p) => !got.has(p)),
    forbidden: [...got].filter((p) => mustNot.has(p)),
    // Empty result for a query that expects nothing is perfect precision.
    precision: got.size === 0 ? (relevant.size === 0 ? 1 : 0) : hits / got.size,
    recall: must.size === 0 ? 1 : [...must].filter((p) => got.has(p)).length / must.size,
  };
}
