import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { recordsOf, toJson } from '../../opendata/records.ts';

export const GET: APIRoute = async () =>
  new Response(toJson(recordsOf((await getCollection('departments')).map((e) => e.data)), { compact: true }), {
    headers: { 'Content-Type': 'application/json' },
  });
