import { expect, test } from 'vitest';
import { fileToPath, pageType } from './site.ts';

test('maps built files to URL paths below the base', () => {
  expect(fileToPath('index.html')).toBe('');
  expect(fileToPath('projects/p-1/2025/index.html')).toBe('projects/p-1/2025/');
  expect(fileToPath('404.html')).toBe('404.html');
});

test('classifies pages by the site URL scheme', () => {
  expect(pageType('')).toBe('home');
  expect(pageType('years/2025/')).toBe('year');
  expect(pageType('years/2025/j-abc/')).toBe('jurisdiction');
  expect(pageType('years/2025/j-abc/2/')).toBe('jurisdiction');
  expect(pageType('departments/d-1/2025/')).toBe('department');
  expect(pageType('projects/p-1/2024/')).toBe('project');
  expect(pageType('indicators/')).toBe('indicators');
  expect(pageType('indicators/output/')).toBe('indicator-level1');
  expect(pageType('indicators/output/quality/')).toBe('indicator-category');
  expect(pageType('sources/2025-d-abc-projects/')).toBe('source');
  expect(pageType('measurability/')).toBe('measurability');
  expect(pageType('measurability/2025/j-haizhu01/')).toBe('measurability-jurisdiction');
  expect(pageType('measurability/2025/j-haizhu01/name/')).toBe('measurability-jurisdiction');
  expect(pageType('findings/')).toBe('findings');
  expect(pageType('findings/2025/2/')).toBe('findings-year');
  expect(pageType('indicators/output/quality/2025/')).toBe('indicator-category-year');
  expect(pageType('indicators/output/quality/2025/3/')).toBe('indicator-category-year');
  expect(pageType('search/')).toBe('search');
  expect(pageType('404.html')).toBe('not-found');
  expect(pageType('somewhere/else/')).toBe('other');
});
