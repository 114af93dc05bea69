// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import pagefind from './src/integrations/pagefind.ts';
import sitemap from './src/integrations/sitemap.ts';

// Deployment is configured by environment: SITE_URL (absolute, for canonical URLs and the sitemap)
// and BASE_PATH (e.g. /budget/ when served from a sub-path). Records come from RECORDS_DIR.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default processor ignores remark plugins; unified() runs them, and MDX inherits it.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  integrations: [mdx(), sitemap(), pagefind()],
});
