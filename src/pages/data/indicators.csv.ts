import type { APIRoute } from 'astro';
import { indicatorsCsv } from '../../opendata/csv.ts';
import { siteModel } from '../../site/index.ts';

export const GET: APIRoute = async () =>
  new Response(indicatorsCsv((await siteModel()).openData.indicators), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
