/** Staff corrections on the built fixture site: the corrected value, the printed one beside it, the reason, the open data. */
import { describe, expect, it } from 'vitest';
import { readBuilt } from './built.ts';

describe('a corrected record (fixture 2024-d-fixture0002-projects)', () => {
  it('the project page shows the corrected amount with the printed one struck through and the reason', () => {
    const page = readBuilt('projects/p-fixture00chip/2024/index.html');
    expect(page).toContain(
      '<td class="num">50,000.00 万元（5.00 亿元）<span class="note correction">其他资金原文：<del>5,000.00 万元</del>；由工作人员更正：原件此格为 50,000.00，文本转换时漏了一个 0</span></td>',
    );
    expect(page).toContain(
      '<span class="note correction">年度指标值原文：<del>≥2家</del>；由工作人员更正：原件为“≥20家”</span>',
    );
    // The period value was not corrected: one note only.
    expect(page.match(/class="note correction"/g)).toHaveLength(2);
  });

  it('the indicator category listing shows the corrected value with its printed one too', () => {
    const page = readBuilt('indicators/1/11/2024/index.html');
    expect(page).toContain(
      '≥20家<span class="derived">解读：≥ 20 家</span><span class="note correction">年度指标值原文：<del>≥2家</del>；由工作人员更正：原件为“≥20家”</span>',
    );
  });

  it('the department page lists the dropped row with its reason', () => {
    const page = readBuilt('departments/d-fixture0002/2024/index.html');
    expect(page).toContain('<h3>由工作人员删去的行</h3>');
    expect(page).toContain('<li>已删去「集成电路产业发展专项资金（续）」；由工作人员更正：分页处重复打印的行</li>');
  });

  it('writes corrections.csv, one row per correction, and lists it in the data package', () => {
    expect(readBuilt('data/corrections.csv')).toBe(
      '\uFEFFyear,jurisdiction,department,record_id,part,target,project_id,field,printed,corrected,reason,line,source_file\r\n' +
        '2024,黄埔区,黄埔测试工业和信息化局,2024-d-fixture0002-projects,indicator,支持企业数量,p-fixture00chip,annualValue,≥2家,≥20家,原件为“≥20家”,10,003_fixture.txt\r\n' +
        '2024,黄埔区,黄埔测试工业和信息化局,2024-d-fixture0002-projects,project,集成电路产业发展专项资金,p-fixture00chip,other,5000,50000,"原件此格为 50,000.00，文本转换时漏了一个 0",10,003_fixture.txt\r\n' +
        '2024,黄埔区,黄埔测试工业和信息化局,2024-d-fixture0002-projects,record,黄埔测试工业和信息化局,,dropped,集成电路产业发展专项资金（续）,,分页处重复打印的行,12,003_fixture.txt\r\n',
    );
    const pkg = JSON.parse(readBuilt('data/datapackage.json')) as { resources: { name: string }[] };
    expect(pkg.resources.map((r) => r.name).slice(0, 3)).toEqual(['projects', 'indicators', 'corrections']);
  });
});
