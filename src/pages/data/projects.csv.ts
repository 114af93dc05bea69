import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { projectsCsv } from '../../opendata/csv.ts';

export const GET: APIRoute = async () =>
  new Response(projectsCsv((await getCollection('projects')).map((e) => e.data)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
