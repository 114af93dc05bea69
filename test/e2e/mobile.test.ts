// On a phone (390×844) no page scrolls sideways (the brief names department and project
// pages; the rest is checked too, it costs little): wide tables must wrap or scroll inside
// their own container. Nor does the content touch the screen edges: main keeps its side padding.
import { expect, test } from 'vitest';
import { pages, urlOf, withPage } from './harness.ts';

const targets = await pages();
/** Least space between the content of <main> and the screen edge, in CSS pixels. */
const MARGIN = 8;

test('there are department and project pages to check', () => {
  expect(targets.some((p) => p.type === 'department')).toBe(true);
  expect(targets.some((p) => p.type === 'project')).toBe(true);
});

test('no horizontal page scroll, and content clear of the edges, at 390×844 on any page', async () => {
  // No isMobile: mobile emulation zooms out to fit wide content, which would hide the overflow.
  const overflowing = await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    const found: string[] = [];
    for (const p of targets) {
      await page.goto(urlOf(p) + (p.type === 'search' ? `?q=${encodeURIComponent('集成电路')}` : ''));
      if (p.type === 'search') await page.locator('#search-results a').first().waitFor();
      const { scrollWidth, innerWidth, left, right } = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('main > *')]
          .map((e) => e.getBoundingClientRect())
          .filter((b) => b.width > 0);
        return {
          scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
          innerWidth: window.innerWidth,
          left: Math.min(...boxes.map((b) => b.left)),
          right: Math.max(...boxes.map((b) => b.right)),
        };
      });
      if (scrollWidth > innerWidth) found.push(`${urlOf(p)}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
      if (left < MARGIN || right > innerWidth - MARGIN)
        found.push(`${urlOf(p)}: content spans ${left}–${right} px, closer than ${MARGIN} px to an edge`);
    }
    return found;
  });
  console.log(`[mobile] ${targets.length} pages checked, ${overflowing.length} overflow`);
  expect(overflowing, overflowing.join('\n')).toEqual([]);
}, 300_000);
