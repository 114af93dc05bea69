/**
 * The site model: every page's path and fully resolved props, computed once from the records, as
 * Starlight's `utils/routing` does. Route files return these paths and render components with the
 * props; they never group, join, filter or sort. A pure function of the records and the config, so a
 * build of part of the corpus (one year, one jurisdiction) is the same call on fewer records.
 */
import { byCodePoint } from '../lib/compare.ts';
import { PAGE_SIZE } from '../lib/paging.ts';
import type { BudgetRecord, DepartmentOverallRecord, Finding } from '../schema/index.ts';
import { byTotalDesc, type DepartmentYear, departmentYears } from './departments.ts';
import { type FindingRow, type FindingYear, findingsByYear } from './findings.ts';
import { departmentOtherNames, type Redirect, redirects } from './identity.ts';
import {
  type CategoryCount,
  type CategoryYear,
  categoryTree,
  type IndicatorEntry,
  type IndicatorTableRows,
  indicatorEntries,
  indicatorTableRows,
  type Level1,
} from './indicators.ts';
import { type JurisdictionTotal, jurisdictionTotals, jurisdictionYears, yearsOf } from './listings.ts';
import {
  type JurisdictionMeasurabilityPage,
  MEASURABILITY_ORDERS,
  type MeasurabilityPage,
  measurability,
} from './measurability.ts';
import { type MatchedTask, type ProjectYear, projectYears, tasksByProject } from './projects.ts';
import { inShard, type PageCoordinates, type Shard } from './shard.ts';
import { type SourceSpan, spansOf } from './spans.ts';
import {
  type DepartmentYearOverYear,
  type ListingYearOverYear,
  type ProjectYearOverYear,
  yearOverYear,
} from './yearOverYear.ts';

/** The home page stays small however large the corpus: the full lists live on the year pages. */
const LARGEST_PER_YEAR = 10;

export interface SiteConfig {
  /** For each record whose source file is present, the file's path: only those get a source text page. */
  sourceFiles: ReadonlyMap<string, string>;
  /** The part of the site this build makes (`--shard`); the whole site when absent. */
  shard?: Shard | undefined;
}

/** One page: what `getStaticPaths` returns for it. */
export interface Path<Params, Props> {
  params: Params;
  props: Props;
}

/** A listing split into pages of `pageSize` rows: the arguments of Astro's `paginate(rows, listing)`. */
export interface Listing<Row, Params, Props> extends Path<Params, Props> {
  rows: Row[];
  pageSize: number;
}

export interface DepartmentPage {
  department: DepartmentYear;
  /** The department's records: its department-overall form first, then its project form. */
  records: BudgetRecord[];
  /** Ids of those records whose source text page is published. */
  published: string[];
  /** Where the parts of the department-overall form were read; null without that form. */
  overallSpans: OverallSpans | null;
  /** The department-level indicators by category; null without a department-overall form. */
  indicators: IndicatorTableRows | null;
  /** The findings of its records, department-overall form first, each with its lines. */
  findings: { finding: Finding; span: SourceSpan }[];
  /** The department's other names (曾用名), from the manifest's sameAs. */
  otherNames: string[];
  /** Its total in every year, the projects new and ended, its indicators' targets then and now. */
  yearOverYear: DepartmentYearOverYear;
}

/** Where the budget table, the overall goal and each key task of a department-overall form were read. */
export interface OverallSpans {
  budget: SourceSpan;
  /** Null when the record does not say where the overall goal was read. */
  goal: SourceSpan | null;
  /** By position of the key task. */
  keyTasks: SourceSpan[];
}

export interface ProjectPage {
  entry: ProjectYear;
  /** The department's key task this project funds, when one was matched. */
  task: MatchedTask | null;
  /** The project's row in its source, linking to the source text page when it is published. */
  span: SourceSpan;
  /** The project's indicators by category. */
  indicators: IndicatorTableRows;
  /** Its 总计 in every year, its indicators' targets then and now. */
  yearOverYear: ProjectYearOverYear;
}

export interface SourcePage {
  record: BudgetRecord;
  /** The source file, read when the page renders: its text is never held in memory for the whole build. */
  path: string;
}

export interface SiteModel {
  home: {
    totals: JurisdictionTotal[];
    /** Per year, newest first, its largest departments. */
    largest: { year: number; departments: DepartmentYear[] }[];
    years: number[];
  };
  years: Path<{ year: string }, { year: number; rows: JurisdictionTotal[] }>[];
  jurisdictions: Listing<
    DepartmentYear,
    { year: string; jurisdictionId: string },
    { year: number; jurisdictionId: string; jurisdiction: string; yearOverYear: ListingYearOverYear }
  >[];
  departments: Path<{ departmentId: string; year: string }, DepartmentPage>[];
  projects: Path<{ projectId: string; year: string }, ProjectPage>[];
  indicators: {
    /** Every 二级 category in code order. */
    categories: CategoryCount[];
    level1: Path<{ l1: string }, Level1>[];
    level2: Path<{ l1: string; l2: string }, CategoryCount>[];
    level2Years: Listing<
      IndicatorEntry,
      { l1: string; l2: string; year: string },
      { category: Pick<CategoryYear, 'level1' | 'level2' | 'year'>; measurable: number; total: number }
    >[];
  };
  findings: {
    years: FindingYear[];
    listings: Listing<FindingRow, { year: string }, { year: number }>[];
  };
  sources: Path<{ recordId: string }, SourcePage>[];
  /** How concrete the promises are, per jurisdiction and year with their departments (the home page summarises it). */
  measurability: MeasurabilityPage;
  /** A page per jurisdiction-year, once per order of its department table: `measurability/2025/<id>/`, `…/total/`, … */
  measurabilityPages: Path<
    { year: string; jurisdictionId: string; order: string | undefined },
    JurisdictionMeasurabilityPage
  >[];
  /** A redirect page at every former address of a department or project page. */
  redirects: Path<{ moved: string }, Redirect>[];
  /** Each record's own open-data file, `data/records/<id>.json`. */
  recordFiles: Path<{ id: string }, { record: BudgetRecord }>[];
  /** What the open-data files publish: the whole corpus, whichever shard is built. */
  openData: { records: BudgetRecord[]; projects: ProjectYear[]; indicators: IndicatorEntry[] };
}

/**
 * The pages of one shard: every list of paths keeps the pages of that part. Props are computed from
 * all records before, so a page is byte-identical whether built in its part or in the whole site
 * (its links to other years, the home page's totals); only which pages are written changes.
 */
function pagesOf(model: SiteModel, shard: Shard): SiteModel {
  const keep = <T>(paths: T[], at: (path: T) => PageCoordinates): T[] => paths.filter((p) => inShard(shard, at(p)));
  const { indicators, findings } = model;
  return {
    ...model,
    years: keep(model.years, (p) => p.props),
    jurisdictions: keep(model.jurisdictions, (p) => p.props),
    departments: keep(model.departments, (p) => p.props.department),
    projects: keep(model.projects, (p) => p.props.entry),
    indicators: {
      ...indicators,
      level1: keep(indicators.level1, () => ({})),
      level2: keep(indicators.level2, () => ({})),
      level2Years: keep(indicators.level2Years, (p) => p.props.category),
    },
    findings: { ...findings, listings: keep(findings.listings, (p) => p.props) },
    sources: keep(model.sources, (p) => p.props.record),
    redirects: keep(model.redirects, (p) => p.props),
    measurabilityPages: keep(model.measurabilityPages, (p) => p.props.jurisdiction),
    recordFiles: keep(model.recordFiles, (p) => p.props.record),
  };
}

export function buildSiteModel(input: readonly BudgetRecord[], { sourceFiles, shard }: SiteConfig): SiteModel {
  const model = wholeSite(input, sourceFiles);
  return shard === undefined ? model : pagesOf(model, shard);
}

function overallSpans(
  overall: DepartmentOverallRecord,
  spanOf: (lines: SourceSpan['lines']) => SourceSpan,
): OverallSpans {
  return {
    budget: spanOf(overall.budget.lines),
    goal: overall.overallGoalLines ? spanOf(overall.overallGoalLines) : null,
    keyTasks: overall.keyTasks.map((task) => spanOf(task.lines)),
  };
}

function wholeSite(input: readonly BudgetRecord[], sourceFiles: SiteConfig['sourceFiles']): SiteModel {
  const records = [...input].sort((a, b) => byCodePoint(a.id, b.id));
  const published = (recordId: string): boolean => sourceFiles.has(recordId);
  const spanner = (record: Pick<BudgetRecord, 'id' | 'source'>) => spansOf(record, published(record.id));

  const departments = departmentYears(records);
  const projects = projectYears(departments);
  const indicators = indicatorEntries(departments);
  const years = yearsOf(departments);
  const places = jurisdictionYears(departments);
  const measurabilityPage = measurability(places);
  const totals = jurisdictionTotals(places);
  const tree = categoryTree(indicators);
  const categories = tree.flatMap((l1) => l1.children);
  const findings = findingsByYear(departments, years, published);
  const tasks = tasksByProject(departments);
  const changes = yearOverYear(departments, projects);

  return {
    home: {
      totals,
      largest: years.map((year) => ({
        year,
        departments: departments
          .filter((d) => d.year === year)
          .sort(byTotalDesc)
          .slice(0, LARGEST_PER_YEAR),
      })),
      years,
    },
    years: years.map((year) => ({
      params: { year: String(year) },
      props: { year, rows: totals.filter((r) => r.year === year) },
    })),
    jurisdictions: places.map(({ year, jurisdictionId, jurisdiction, departments: rows }) => ({
      rows,
      pageSize: PAGE_SIZE,
      params: { year: String(year), jurisdictionId },
      props: { year, jurisdictionId, jurisdiction, yearOverYear: changes.listing(year, jurisdictionId, rows) },
    })),
    departments: departments.map((department) => {
      const { overall } = department;
      const own = [overall, department.projectForm].filter((r) => r !== null);
      return {
        params: { departmentId: department.departmentId, year: String(department.year) },
        props: {
          department,
          records: own,
          published: own.map((r) => r.id).filter(published),
          overallSpans: overall && overallSpans(overall, spanner(overall)),
          indicators: overall && indicatorTableRows(overall.indicators, spanner(overall)),
          findings: own.flatMap((r) => {
            const spanOf = spanner(r);
            return r.findings.map((finding) => ({ finding, span: spanOf(finding.lines) }));
          }),
          otherNames: departmentOtherNames(department),
          yearOverYear: changes.department(department),
        },
      };
    }),
    projects: projects.map((entry) => {
      const spanOf = spanner({ id: entry.recordId, source: entry.source });
      return {
        params: { projectId: entry.projectId, year: String(entry.year) },
        props: {
          entry,
          task: tasks.get(entry.id) ?? null,
          span: spanOf(entry.project.lines),
          indicators: indicatorTableRows(entry.project.indicators, spanOf),
          yearOverYear: changes.project(entry),
        },
      };
    }),
    indicators: {
      categories,
      level1: tree.map((l1) => ({ params: { l1: l1.level1.code }, props: l1 })),
      level2: categories.map((c) => ({ params: { l1: c.level1.code, l2: c.level2.code }, props: c })),
      level2Years: categories.flatMap((c) =>
        c.years.map(({ level1, level2, year, entries, measurable, total }) => ({
          rows: entries,
          pageSize: PAGE_SIZE,
          params: { l1: level1.code, l2: level2.code, year: String(year) },
          props: { category: { level1, level2, year }, measurable, total },
        })),
      ),
    },
    findings: {
      years: findings,
      listings: findings.map(({ year, rows }) => ({
        rows,
        pageSize: PAGE_SIZE,
        params: { year: String(year) },
        props: { year },
      })),
    },
    sources: records.flatMap((record) => {
      const path = sourceFiles.get(record.id);
      return path === undefined ? [] : [{ params: { recordId: record.id }, props: { record, path } }];
    }),
    measurability: measurabilityPage,
    measurabilityPages: measurabilityPage.jurisdictions.flatMap((jurisdiction) =>
      MEASURABILITY_ORDERS.map((order) => ({
        params: {
          year: String(jurisdiction.year),
          jurisdictionId: jurisdiction.jurisdictionId,
          order: order === 'share' ? undefined : order,
        },
        props: { jurisdiction, order, levels: measurabilityPage.overall.categories.map((c) => c.level1) },
      })),
    ),
    redirects: redirects(departments, projects),
    recordFiles: records.map((record) => ({ params: { id: record.id }, props: { record } })),
    openData: { records, projects, indicators },
  };
}
