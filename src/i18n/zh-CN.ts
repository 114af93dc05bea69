/**
 * Every UI string of the site. A translation is a copy of this one file. The maps keyed by
 * values of the data (severities, comparators, record fields, CSV columns…) say so with
 * `satisfies`: a value without its string is a type error.
 */
import type { SourceText } from '../collections/sources.ts';
import type { CsvColumnName } from '../opendata/csv.ts';
import type {
  CorrectedField,
  DepartmentOverallRecord,
  FindingSeverity,
  FormKind,
  LineRange,
  ProjectExpenditureRecord,
  RowAmounts,
  Target,
} from '../schema/index.ts';
import type { MeasurabilityOrder } from '../site/measurability.ts';
import type { PageRange } from '../site/spans.ts';

type BudgetField = Exclude<keyof DepartmentOverallRecord['budget'], 'lines' | 'corrections'>;
type AmountColumn = RowAmounts['blank'][number];
type Comparator = Extract<Target, { kind: 'measurable' }>['comparator'];

/** Top-level fields of a record; jurisdictionId, departmentId and overallGoalLines are described with their field. */
type RecordField = Exclude<
  keyof DepartmentOverallRecord | keyof ProjectExpenditureRecord,
  'jurisdictionId' | 'departmentId' | 'overallGoalLines'
>;

/**
 * The kinds of data-quality finding, in words. The site and the ingest console (`npm run ingest`)
 * both use these: the same finance staff read both.
 */
const severity = { error: '不一致', warning: '提示', info: '说明' } satisfies Record<FindingSeverity, string>;

/** 12, or 12–20: a range of line or page numbers. */
const numberRange = (from: number, to: number): string => (from === to ? `${from}` : `${from}–${to}`);

/**
 * 第 3 页 and 第 120–124 行, each kept on one line by no-break spaces: a narrow 原文行号 column wraps
 * between the page and the lines, never inside either.
 */
const onPages = (pages: PageRange): string => `第\u00A0${numberRange(pages.from, pages.to)}\u00A0页`;
const onLines = (lines: LineRange): string => `第\u00A0${numberRange(lines.from, lines.to)}\u00A0行`;

/** How a measurability table is sorted, as its caption says it. */
const MEASURABILITY_ORDER_LABELS = {
  share: '按占比从高到低',
  total: '按指标数从多到少',
  name: '按部门名称',
} satisfies Record<MeasurabilityOrder, string>;

export const t = {
  lang: 'zh-CN',
  ogLocale: 'zh_CN',
  siteName: '预算绩效目标公开数据',
  siteDescription: '广州市各级部门预算绩效目标：部门整体与项目支出的金额、绩效目标和绩效指标，可检索、可下载。',
  skipLink: '跳到正文',
  nav: { home: '首页', indicators: '绩效指标', data: '开放数据', about: '说明', search: '搜索' },
  navLabel: '主导航',
  breadcrumbLabel: '当前位置',
  searchLabel: '搜索部门、项目和指标',
  searchButton: '搜索',
  searchPlaceholder: '如：算法、12537',
  footer: '数据来自各部门公开的预算绩效目标表，金额单位为万元。本站为静态页面，不收集任何个人信息。',
  tableScrollLabel: (caption: string) => `${caption}（可横向滚动）`,
  yearLabel: (year: number) => `${year}年`,
  pagedTitle: (title: string, page: number, last: number) => `${title}（第 ${page} 页，共 ${last} 页）`,
  parenthetical: (text: string) => `（${text}）`,
  pageOf: (page: number, last: number) => `第 ${page} 页，共 ${last} 页`,
  pagination: { label: '分页', prev: '上一页', next: '下一页' },
  pageType: { department: '部门', project: '项目', category: '指标类别' },

  home: {
    title: '预算绩效目标',
    intro: '按年度和地区浏览各部门的预算、项目和绩效指标。所有数字均取自部门公开的绩效目标表，并标明出处行号。',
    totalsCaption: '各年度、各地区预算合计',
    largestCaption: (year: number) => `${year}年预算最大的部门`,
    explore: '继续浏览',
  },
  year: {
    title: (year: number) => `${year}年预算绩效目标`,
    jurisdictionsCaption: (year: number) => `${year}年各地区预算合计`,
  },
  jurisdiction: {
    title: (jurisdiction: string, year: number) => `${jurisdiction} ${year}年各部门`,
    departmentsCaption: (jurisdiction: string, year: number) => `${jurisdiction} ${year}年各部门预算`,
  },
  col: {
    year: '年度',
    jurisdiction: '地区',
    department: '部门',
    departments: '部门数',
    projects: '项目数',
    indicators: '指标数',
    total: '预算合计',
    amount: '金额',
    share: '占比',
    item: '项目',
    unit: '资金使用单位',
    project: '项目名称',
    task: '任务名称',
    content: '主要实施内容',
    target: '期望达到的目标',
    linkedProject: '对应项目',
    indicator: '三级指标',
    periodValue: '实施周期指标值',
    annualValue: '年度指标值',
    owner: '所属项目或部门',
    measurable: '可量化',
    qualitative: '定性',
    category: '指标类别',
    type: '类型',
    lines: '原文行号',
    severity: '类别',
    message: '说明',
    form: '表格',
  },

  department: {
    title: (name: string, year: number) => `${name}（${year}年）`,
    description: (jurisdiction: string, name: string, year: number) => `${jurisdiction} ${name} ${year}年预算绩效目标`,
    formLabel: (form: string) => `${form}：`,
    source: '原始文件',
    readFrom: '出处：',
    formNames: {
      'department-overall': '部门整体预算绩效目标申报表',
      'project-expenditure': '项目支出绩效目标表',
    } satisfies Record<FormKind, string>,
    budget: '预算整体情况',
    budgetCaption: '预算整体情况（万元）',
    chartTitle: '部门预算支出构成',
    chartValue: (amount: string, share: string) => `${amount}（${share}）`,
    chartListSeparator: '；',
    goal: '总体绩效目标',
    keyTasks: '年度重点工作任务',
    keyTasksCaption: '年度重点工作任务及拟投入资金',
    otherTasks: '其他需完成的任务',
    otherTasksAmount: (amount: string) => `拟投入资金：${amount}`,
    indicators: '部门整体绩效指标',
    units: '资金使用单位和项目',
    unitsCaption: (total: string) => `项目按金额排序，占比以项目支出合计 ${total} 为基数`,
    findings: '数据质量提示',
    noFindings: '未发现需要说明的问题。',
    noForm: '该部门本年度未收录此表。',
    noMatch: '未找到金额和名称都相符的项目',
    /** A key task's content or target left out (null): the source does not show where it ends. */
    cellNotRead: '未能确定地读出（原文列序错乱），请见',
    otherYears: '本部门其他年度',
  },
  budgetField: {
    basic: '基本支出',
    project: '项目支出',
    specialFunds: '财政专项资金',
    otherDevelopment: '其他事业发展性支出',
    fiscal: '财政拨款',
    otherFunds: '其他资金',
    ownLevel: '本级使用资金',
    transfer: '拟用于对下转移支付资金',
  } satisfies Record<BudgetField, string>,
  budgetGroup: { spending: '部门预算支出', income: '收入来源', development: '事业发展性支出', level: '按预算级次划分' },

  measurability: {
    title: '承诺有多具体：可量化指标的占比',
    intro:
      '每个绩效指标的实施周期指标值或年度指标值能读出比较关系、数值和单位（如“≥27项”“不低于95%”）时算作可量化，否则为定性（如“进一步提高”）。下表按地区和年度、再按部门列出可量化指标的个数和占比，以及各一级、二级指标类别的情况。计算方法见：',
    summaryCaption: '各地区、各年度可量化指标的占比',
    heading: (jurisdiction: string, year: number) => `${jurisdiction} ${year}年`,
    pageTitle: (heading: string) => `${heading}：可量化指标的占比`,
    departmentsCaption: (jurisdiction: string, year: number, order: MeasurabilityOrder) =>
      `${jurisdiction} ${year}年各部门可量化指标的占比（${MEASURABILITY_ORDER_LABELS[order]}）`,
    categoriesCaption: (jurisdiction: string, year: number) => `${jurisdiction} ${year}年各指标类别中可量化的指标`,
    chartTitle: (jurisdiction: string, year: number) => `${jurisdiction} ${year}年各部门可量化指标的占比`,
    chartValue: (share: string, measurable: number, total: number) => `${share}（${measurable}/${total}）`,
    chartNone: '无指标',
    cell: (measurable: number, total: number) => `${measurable}/${total}`,
    /** A category the row has no indicator of. */
    noCell: '—',
    level1Column: (name: string) => `${name}（可量化/总数）`,
    homeHeading: '承诺有多具体',
    homeLine: (year: number, jurisdiction: string, total: number, measurable: number, share: string) =>
      `${year}年${jurisdiction}：${total} 个绩效指标中 ${measurable} 个可量化（${share}）`,
    homeMore: '各部门、各指标类别的可量化程度',
  },
  /** Identity across renames: a page's other names, and the redirect page at a former address. */
  identity: {
    otherNames: '曾用名：',
    movedTitle: (name: string, year: number) => `${name}（${year}年）已移至新地址`,
    movedHeading: '此页已移至新地址',
    movedBody: '名称更正或改名后，这一页的地址变了。请前往：',
    target: (name: string, year: number) => `${name}（${year}年）`,
  },
  project: {
    title: (name: string, year: number) => `${name}（${year}年）`,
    description: (department: string, unit: string, name: string, year: number) =>
      `${department} ${unit} ${name} ${year}年绩效目标`,
    unitLine: (unit: string) => `资金使用单位：${unit}`,
    keyTask: '对应部门年度重点工作任务：',
    amountsCaption: '资金安排（万元）',
    amounts: '资金安排',
    amountFields: {
      total: '总计',
      fiscal: '财政拨款',
      specialAccount: '财政专户拨款',
      other: '其他资金',
    } satisfies Record<AmountColumn, string>,
    blankNote: '原表为空，按 0 计',
    goal: '绩效目标',
    indicators: '绩效指标',
    noIndicators: '原表未列绩效指标。',
    noGoal: '原表未填写绩效目标。',
    otherYears: '其他年度的同一项目',
    source: '出处',
  },
  /** Year over year (src/site/yearOverYear.ts): each year against the year before, year − 1. */
  yearOverYear: {
    departmentTotals: (name: string) => `${name}各年度预算合计（万元）`,
    projectTotals: (name: string) => `${name}各年度总计（万元）`,
    thisPage: (year: number) => `${year}年（本页）`,
    change: '较上年增减',
    changeRatio: '增减幅度',
    /** Why a year's change cell is a dash: no figure the year before, which is not a change of 0. */
    noChangeNote: '“—”表示上一年度没有数据，无法比较（不是没有变化）；增减按原表金额精确计算，幅度四舍五入到 0.1%。',
    added: (year: number, before: number) => `${year}年新增的项目（${before}年项目支出表中没有）`,
    ended: (year: number, before: number) => `已结束的项目（${before}年有，${year}年项目支出表中没有）`,
    none: '没有。',
    renamedNote: '项目按名称识别：改了名称的项目在这里显示为一个结束、一个新增。',
    indicators: (before: number, year: number) => `与${before}年同名的指标：${before}年和${year}年的指标值`,
    indicatorsCaption: (before: number, year: number) => `同名指标${before}年和${year}年的指标值`,
    valueIn: (year: number) => `${year}年指标值`,
    changed: '是否变化',
    targetChanged: '有变化',
    targetSame: '相同',
    period: '实施周期：',
    annual: '年度：',
    noValue: '（未填）',
    previousTotal: (year: number) => `${year}年预算合计`,
  },
  /** Staff corrections (`<file>.corrections.json`): the corrected value is shown, the printed one beside it. */
  correction: {
    by: (reason: string) => `由工作人员更正：${reason}`,
    /** Introduces the value as the source prints it, e.g. 总计原文：323.71. */
    printed: (field: string) => `${field}原文：`,
    printedBlank: '（空）',
    added: '原文此行未能读出，由工作人员补录',
    dropped: (name: string) => `已删去「${name}」`,
    droppedCaption: '由工作人员删去的行',
    field: {
      name: '名称',
      total: '总计',
      fiscal: '财政拨款',
      specialAccount: '财政专户拨款',
      other: '其他资金',
      basic: '基本支出',
      project: '项目支出',
      otherFunds: '其他资金',
      specialFunds: '财政专项资金',
      otherDevelopment: '其他事业发展性支出',
      ownLevel: '本级使用资金',
      transfer: '拟用于对下转移支付资金',
      periodValue: '实施周期指标值',
      annualValue: '年度指标值',
      unit: '资金使用单位',
      added: '补录的行',
      dropped: '删去的行',
    } satisfies Record<CorrectedField, string>,
  },
  indicators: {
    title: '绩效指标分类',
    intro: '按国家绩效指标体系的一级和二级指标浏览所有部门和项目的绩效指标。可量化的指标写明了可以核对的数值。',
    countsCaption: '各类别指标数量',
    level1Title: (code: string, name: string) => `${code} ${name}`,
    level2Title: (code: string, name: string) => `${code} ${name}`,
    yearsCaption: (name: string) => `${name}：各年度指标数量`,
    tableCaption: (name: string, year: number) => `${year}年 ${name}`,
    subcategories: '二级指标',
    level2Intro: '各部门和项目在这一类别下的全部绩效指标按年度分页列出，请选择年度。',
    qualitativeOnly: '仅定性',
    qualitativeOnlyBadge: '仅定性：此处所有指标均无可核对的数值',
    measurableCount: (n: number, total: number) => `${n} / ${total} 项可量化`,
    derived: (text: string) => `解读：${text}`,
    departmentLevel: '部门整体',
  },
  target: {
    qualitative: '定性',
    comparator: { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', '~': '约' } satisfies Record<Comparator, string>,
  },
  severity,
  findings: {
    title: '数据质量提示',
    intro: `整理原始文件时发现的问题：“${severity.error}”是原文的合计与各项之和对不上（本站保留原文数字，给出差额）；“${severity.warning}”是原文需要解读才能读取；“${severity.info}”是已记录、不影响数字的情况。每条提示都链接到所在部门和原文行。`,
    countsCaption: '各年度数据质量提示数量',
    yearTitle: (year: number) => `${year}年数据质量提示`,
    none: '本年度未发现需要说明的问题。',
    total: '合计',
  },
  /** A source line range: `short` under a 原文行号 column header, `long` in running text. */
  lineRange: {
    short: (from: number, to: number) => numberRange(from, to),
    long: (from: number, to: number) => `原文第 ${numberRange(from, to)} 行`,
    /** For a PDF, the page or pages the lines were printed on come first: 第 3 页 第 120–124 行. */
    pdf: {
      short: (pages: PageRange, lines: LineRange) => `${onPages(pages)} ${onLines(lines)}`,
      long: (pages: PageRange, lines: LineRange) => `原文${onPages(pages)} ${onLines(lines)}`,
    },
  },
  sourceText: {
    title: (file: string) => `原始文本 ${file}`,
    description: (department: string, year: number, form: string) =>
      `${department} ${year}年${form}的原始文本，逐行编号`,
    breadcrumb: '原始文本',
    intro:
      '以下是从公开的 PDF 中提取的文本，逐行按原样显示（其中的 HTML 标签也按文字显示）。本站各处的“原文行号”都指这里的行号，点击行号即可定位到对应的行。',
    pdfIntro:
      '以下是从公开的 PDF 中按表格单元格读出的文本：表格的每一行是一行，单元格之间以制表符分隔，一个单元格中的几段文字写成 <p> 段落。每页开始处注明页码。本站各处的“原文行号”都指这里的行号，点击行号即可定位到对应的行。',
    pageCount: '页数',
    original: '原文地址',
    record: '整理后的记录',
    lineCount: '行数',
    encoding: '编码',
    encodings: {
      'utf-8': 'UTF-8',
      gb18030: 'GBK/GB18030',
      pdf: 'PDF（按表格单元格读出，每行是表格的一行）',
    } satisfies Record<SourceText['encoding'], string>,
    page: (n: number) => `第 ${n} 页`,
    /** After a line of a PDF's rendering whose row a page break cut. */
    continuedOn: (n: number) => `（本行续至第 ${n} 页）`,
    sha256: 'SHA-256',
    linesLabel: '原始文本（逐行编号）',
    sources: '原始文本',
  },

  data: {
    title: '开放数据',
    intro:
      '本站的全部数据都可以下载。数据在每次构建时由同一批记录生成，与网页内容一致。金额单位均为万元（1 万元 = 10,000 元）。',
    filesCaption: '可下载的文件',
    file: '文件',
    format: '格式',
    description: '说明',
    dictionary: '数据字典',
    dictionaryCaption: (file: string) => `${file} 的字段`,
    field: '字段',
    fieldType: '类型',
    csvNote: 'CSV 文件为带 BOM 的 UTF-8 编码，按 RFC 4180 加引号，可直接用电子表格软件打开。',
    recordsNote: '每份原始文件对应一条记录，主要字段见下表。',
    sourcesNote: '每份原始文件提取出的文本，逐行编号，记录中的行号（lines）即指这些行；可从各部门页的“原始文件”进入。',
    recordFieldsCaption: '记录（JSON）的主要字段',
    packageTitle: '预算绩效目标公开数据',
    packageDescription:
      '各部门预算绩效目标表（部门整体预算绩效目标申报表、项目支出绩效目标表）整理后的结构化数据。金额单位万元。',
    resources: {
      projects: '项目支出：每行一个项目，含四项金额和指标数量。',
      indicators: '绩效指标：每行一个指标（部门整体或项目），含一级、二级类别和原文指标值。',
      records: '全部记录（JSON 数组），每份原始文件一条。',
      record: (id: string) => `记录 ${id}（JSON）。`,
      corrections: '工作人员的更正：每行一条，含原文的值、更正后的值、理由和原文行号；其他文件中的值均为更正后的值。',
    },
  },
  /** Top-level fields of a record (JSON), in the order of the record format. */
  recordFields: {
    id: '记录编号：年度-部门编号-表格',
    form: '表格：department-overall（部门整体预算绩效目标申报表）或 project-expenditure（项目支出绩效目标表）',
    year: '预算年度',
    jurisdiction: '地区；jurisdictionId 为其稳定编号',
    department: '部门名称（原文）；departmentId 为其稳定编号，两种表格和各年度相同',
    otherDepartmentNames: '部门的曾用名（清单 sameAs 所写）；部门编号沿用曾用名的编号；没有时不出现',
    formerDepartmentIds: '部门网页以前用过的编号：旧地址转到现在的部门网页；没有时不出现',
    unit: '金额单位，固定为“万元”',
    source: '原始文件：文件名、SHA-256、原文地址（如有）和行数',
    findings: '数据质量提示：代码、严重程度、说明、原文行号和差额（万元）',
    lines: '原文行号范围 {from, to}；各部分都有自己的 lines',
    budget: '部门整体表：预算整体情况（基本支出、项目支出、财政拨款等）',
    overallGoal: '部门整体表：总体绩效目标（段落）',
    keyTasks:
      '部门整体表：年度重点工作任务（名称、主要实施内容、拟投入资金、期望目标）；主要实施内容或期望目标无法从原文确定地读出时为 null，并有数据质量提示指明原文行',
    otherTasks: '部门整体表：其他需完成的任务，可为空',
    indicators: '部门整体表：绩效指标（一级、二级类别，三级指标名称，实施周期指标值，年度指标值及其解读）',
    total: '项目表：合计行的四项金额',
    units: '项目表：资金使用单位及其项目（金额、绩效目标、绩效指标）',
    corrections:
      '工作人员的更正：被删去的行记在记录上，其他更正记在所改的部分（项目、单位、合计、预算表、任务、指标）的 corrections 中；每条有所改的项（field）、原文的值（printed）、更正后的值（value）、理由（reason）和原文行号（line）；没有更正时不出现',
  } satisfies Record<RecordField, string>,
  /** Data dictionary: one description per CSV column name (shared names mean the same thing). */
  fields: {
    year: '预算年度',
    jurisdiction: '地区（区或市）',
    department: '部门名称（原文）',
    department_id: '部门的稳定编号，各年度相同',
    unit: '资金使用单位',
    project: '项目名称（原文）；indicators.csv 中部门整体指标此项为空',
    project_id: '项目的稳定编号，各年度相同；indicators.csv 中部门整体指标此项为空',
    total: '总计，万元',
    fiscal: '财政拨款，万元',
    special_account: '财政专户拨款，万元',
    other: '其他资金，万元',
    indicator_count: '绩效指标数量',
    source_file: '原始文本文件名',
    level1_code: '一级指标代码（1 产出、2 效益、3 满意度、4 成本）',
    level1: '一级指标名称',
    level2_code: '二级指标代码（如 11 数量指标）',
    level2: '二级指标名称',
    name: '三级指标名称（原文）',
    period_value: '实施周期指标值（原文）',
    annual_value: '年度指标值（原文）',
    record_id: '记录编号（records/<record_id>.json）',
    part: '更正的部分：record（删去的行）、total（合计）、unit（资金使用单位）、project（项目）、indicator（指标）、budget（预算整体情况）、task（重点任务）',
    target: '更正的部分的名称（已更正的名称）；删去的行为部门名称',
    field:
      '更正的项：name、total、fiscal 等金额列或预算项、periodValue、annualValue、unit、added（补录的行）、dropped（删去的行）',
    printed: '原文的值（金额为万元）；补录的行为空',
    corrected: '更正后的值（金额为万元）；补录的行为项目名称，删去的行为空',
    reason: '工作人员写明的更正理由',
    line: '更正所涉及的原文行号',
  } satisfies Record<CsvColumnName, string>,
  search: {
    title: '搜索',
    noscript: '搜索需要浏览器启用 JavaScript。也可以从首页按年度和地区浏览。',
    /** The year choice: only the chosen year's index is downloaded, so the first search stays small. */
    year: '搜索年度',
    allYears: '全部年度',
    filters: '筛选结果',
    loadingFilters: '正在读取筛选项……',
    // Templates the page's script fills in: {q} the query, {n} the number of results.
    searching: '正在搜索“{q}”……',
    found: '“{q}”：找到 {n} 个结果',
    none: '未找到与“{q}”相关的结果',
    inAllYears: '在全部年度中搜索',
    more: '显示更多结果',
  },
  notFound: { title: '找不到页面', body: '这个地址没有页面。可以从首页重新浏览，或使用搜索。' },
};
