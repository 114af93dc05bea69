import type { APIRoute } from 'astro';
import { toJson } from '../../opendata/records.ts';
import { siteModel } from '../../site/index.ts';

export const GET: APIRoute = async () =>
  new Response(toJson((await siteModel()).openData.records, { compact: true }), {
    headers: { 'Content-Type': 'application/json' },
  });
