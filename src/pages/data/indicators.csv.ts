import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { indicatorsCsv } from '../../opendata/csv.ts';

export const GET: APIRoute = async () =>
  new Response(indicatorsCsv((await getCollection('indicators')).map((e) => e.data)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
