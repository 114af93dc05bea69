import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt, withoutAttributeValues } from './built.ts';

describe('source text is rendered as text', () => {
  it('never emits a script element except the Pagefind UI on the search page', () => {
    for (const page of builtPages().filter((p) => p !== 'search/index.html')) {
      expect(withoutAttributeValues(readBuilt(page)), page).not.toMatch(/<script/i);
    }
  });

  it('shows the <script> and & of source text escaped', () => {
    const project = readBuilt('projects/p-fixture00tcl9/2025/index.html');
    expect(project).toContain('<h1 data-pagefind-meta="title">TCL华星T9项目&lt;script&gt;alert(3)&lt;/script&gt;</h1>');
    const department = readBuilt('departments/d-fixture0001/2025/index.html');
    expect(department).toContain('<p>第二段目标 &lt;script&gt;alert(2)&lt;/script&gt;。</p>');
    expect(department).toContain('琶洲测试管理委员会&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 合作');
    expect(department).toContain('相差 0.01 万元 &lt;script&gt;bad()&lt;/script&gt;');
  });
});
