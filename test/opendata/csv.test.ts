import { describe, expect, it } from 'vitest';
import { csvField, indicatorsCsv, projectsCsv } from '../../src/opendata/csv.ts';
import { dataPackage } from '../../src/opendata/datapackage.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { fixtureRecords } from '../collections/fixtures.ts';

const BOM = '\uFEFF';
const lines = (csv: string) => csv.slice(BOM.length).split('\r\n');

describe('csvField', () => {
  it('quotes only fields with a quote, comma or line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('普通文本')).toBe('普通文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说 "产业"')).toBe('"说 ""产业"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField(null)).toBe('');
    expect(csvField(12537)).toBe('12537');
  });
});

describe('projectsCsv', () => {
  it('writes a BOM, the header and one CRLF-terminated row per project, sorted', async () => {
    const { projects } = buildSiteModel(await fixtureRecords(), { sourceFiles: new Map() }).openData;
    const csv = projectsCsv([...projects].reverse());
    expect(csv.startsWith(BOM)).toBe(true);
    expect(lines(csv)).toEqual([
      'year,jurisdiction,department,department_id,unit,project,project_id,total,fiscal,special_account,other,indicator_count,source_file',
      '2024,黄埔区,黄埔测试工业和信息化局,d-fixture0002,黄埔测试工业和信息化局,集成电路产业发展专项资金,p-fixture00chip,150000,100000,0,50000,1,003_fixture.txt',
      '2025,海珠区,"琶洲测试管理委员会<script>alert(""x"")</script> & 合作",d-fixture0001,琶洲创新发展服务中心,琶洲创新发展经费,p-fixture00inno,32,32,0,0,1,001_fixture.txt',
      '2025,海珠区,"琶洲测试管理委员会<script>alert(""x"")</script> & 合作",d-fixture0001,琶洲测试管理委员会,海珠区建设人工智能大模型应用示范区经费,p-fixture00model,7000,7000,0,0,1,001_fixture.txt',
      '2025,海珠区,"琶洲测试管理委员会<script>alert(""x"")</script> & 合作",d-fixture0001,琶洲测试管理委员会,机构运行保障经费,p-fixture00oper,393,393,0,0,0,001_fixture.txt',
      '2025,海珠区,"琶洲测试管理委员会<script>alert(""x"")</script> & 合作",d-fixture0001,琶洲测试管理委员会,TCL华星T9项目<script>alert(3)</script>,p-fixture00tcl9,12537,12537,0,0,2,001_fixture.txt',
      '',
    ]);
  });
});

describe('indicatorsCsv', () => {
  it('lists department-level indicators with an empty project, then project indicators', async () => {
    const csv = indicatorsCsv(buildSiteModel(await fixtureRecords(), { sourceFiles: new Map() }).openData.indicators);
    expect(lines(csv).slice(0, 4)).toEqual([
      'year,jurisdiction,department,project,project_id,level1_code,level1,level2_code,level2,name,period_value,annual_value,source_file',
      '2024,黄埔区,黄埔测试工业和信息化局,集成电路产业发展专项资金,p-fixture00chip,1,产出指标,11,数量指标,支持企业数量,≥20家,≥20家,003_fixture.txt',
      '2025,海珠区,"琶洲测试管理委员会<script>alert(""x"")</script> & 合作",,,1,产出指标,11,数量指标,引进大模型企业数量,不少于50家,≥50家,000_fixture.txt',
      '2025,海珠区,"琶洲测试管理委员会<script>alert(""x"")</script> & 合作",,,2,效益指标,22,社会效益指标,产业生态影响,持续提升,,000_fixture.txt',
    ]);
    expect(lines(csv)).toHaveLength(1 + 7 + 1);
  });
});

describe('dataPackage', () => {
  it('describes every file, with amounts in 万元 as a factor of 10,000', () => {
    const pkg = dataPackage(['b', 'a']);
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'projects.csv',
      'indicators.csv',
      'records.json',
      'records/a.json',
      'records/b.json',
    ]);
    const total = pkg.resources[0]!.schema?.fields.find((f) => f.name === 'total');
    expect(total).toEqual({
      name: 'total',
      type: 'number',
      description: '总计，万元',
      unit: '万元',
      currency: 'CNY',
      factor: 10000,
    });
  });
});
