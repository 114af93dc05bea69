import { expect, test } from 'vitest';
import { countExecutableScripts } from './budgets.ts';

test('counts script elements that run code', () => {
  expect(countExecutableScripts('<p>x</p><script>a()</script><SCRIPT type="module" src="/a.js"></SCRIPT>')).toBe(2);
  expect(countExecutableScripts('<script type=text/javascript>a()</script>')).toBe(1);
});

test('ignores JSON data blocks, comments, and "<script>" inside attribute values', () => {
  expect(countExecutableScripts('<script type="application/ld+json">{"a": "</p>"}</script>')).toBe(0);
  expect(countExecutableScripts("<script type='application/json'>{}</script>")).toBe(0);
  expect(countExecutableScripts('<!-- <script>a()</script> -->')).toBe(0);
  expect(
    countExecutableScripts('<meta content="名称<script>alert(1)</script>"><div aria-label=\'<script>\'></div>'),
  ).toBe(0);
});

test('script text that mentions tags does not hide a later script', () => {
  expect(countExecutableScripts('<script>const s = "<p>";</script><style>p>a{}</style><script>b()</script>')).toBe(2);
});
