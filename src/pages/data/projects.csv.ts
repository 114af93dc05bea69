import type { APIRoute } from 'astro';
import { projectsCsv } from '../../opendata/csv.ts';
import { siteModel } from '../../site/index.ts';

export const GET: APIRoute = async () =>
  new Response(projectsCsv((await siteModel()).openData.projects), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
