import { defineCollection } from 'astro:content';
import { recordsLoader } from './collections/loader.ts';
import { departmentYear, indicatorEntry, projectYear, sourceText } from './collections/schemas.ts';
import { toSourceTexts } from './collections/sources.ts';
import { toDepartments, toIndicators, toProjects } from './collections/transform.ts';

export const collections = {
  departments: defineCollection({ loader: recordsLoader('departments', toDepartments), schema: departmentYear }),
  projects: defineCollection({ loader: recordsLoader('projects', toProjects), schema: projectYear }),
  indicators: defineCollection({ loader: recordsLoader('indicators', toIndicators), schema: indicatorEntry }),
  sources: defineCollection({ loader: recordsLoader('sources', toSourceTexts), schema: sourceText }),
};
