import { describe, expect, it } from 'vitest';
import type { KeyTask, Project } from '../../src/schema/index.ts';
import { matchTasksToProjects, nameSimilarity } from '../../src/site/taskMatch.ts';

const lines = { from: 1, to: 1 };
const task = (name: string, amount: number): KeyTask => ({ name, amount, content: '', target: '', lines });
const project = (id: string, name: string, total: number): Project => ({
  id,
  name,
  amounts: { total, fiscal: total, specialAccount: 0, other: 0, blank: [] },
  goal: [],
  indicators: [],
  lines,
});

describe('matchTasksToProjects', () => {
  it('links a task to the project with the same amount and a similar name', () => {
    const tasks = [task('高水平建设人工智能大模型应用示范区', 7000), task('高质量举办第四届算法大赛', 480)];
    const projects = [
      project('p-other', '海珠区产业扶持资金', 7000),
      project('p-model', '海珠区建设人工智能大模型应用示范区经费', 7000),
      project('p-contest', '机构运行保障经费', 480),
    ];
    expect(matchTasksToProjects(tasks, projects)).toEqual(['p-model', null]);
  });

  it('does not link on a similar name alone', () => {
    expect(matchTasksToProjects([task('算法大赛', 480)], [project('p', '算法大赛经费', 481)])).toEqual([null]);
  });

  it('compares amounts to the cent', () => {
    expect(matchTasksToProjects([task('算法大赛', 480.004)], [project('p', '算法大赛经费', 480)])).toEqual(['p']);
  });

  it('gives a project to one task only, the more similar one', () => {
    const tasks = [task('举办大赛', 100), task('举办算法大赛', 100)];
    expect(matchTasksToProjects(tasks, [project('p', '举办算法大赛经费', 100)])).toEqual([null, 'p']);
  });
});

describe('nameSimilarity', () => {
  it('is the Dice coefficient over character bigrams, ignoring punctuation', () => {
    expect(nameSimilarity('算法大赛', '算法大赛')).toBe(1);
    expect(nameSimilarity('算法大赛', '“算法”大赛')).toBe(1);
    expect(nameSimilarity('算法', '大赛')).toBe(0);
    // 算法 法大 大赛 vs 算法 法大 大赛 赛经 经费: 2*3/(3+5).
    expect(nameSimilarity('算法大赛', '算法大赛经费')).toBe(0.75);
  });
});
