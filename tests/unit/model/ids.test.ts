import { describe, expect, it } from 'vitest';
import { planIdFromFile, slugify } from '../../../src/lib/model/ids.ts';

describe('slugify', () => {
  it('gives toneless pinyin joined by hyphens', () => {
    expect(slugify('市商务局')).toBe('shi-shang-wu-ju');
  });
  it('always gives ASCII id characters', () => {
    for (const name of ['市交通运输局', '省经济和信息化委', '市人力资源社会保障局（筹）', '绿色·发展', 'ABC局']) {
      expect(slugify(name), name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
  it('keeps Latin text and digits, lower-cased', () => {
    expect(slugify('IC 装备')).toMatch(/^ic-/);
    expect(slugify('2015')).toBe('2015');
  });
  it('writes ü as v, as the published department URLs do (绿色 → lv-se)', () => {
    expect(slugify('绿色')).toBe('lv-se');
  });
  it('falls back to x when nothing is left', () => {
    expect(slugify('')).toBe('x');
    expect(slugify('——')).toBe('x');
  });
});

describe('planIdFromFile', () => {
  it('takes the base name without extension', () => {
    expect(planIdFromFile('content/sources/liaoning-2015-24.txt')).toBe('liaoning-2015-24');
    expect(planIdFromFile('C:\\plans\\minimal-plan.txt')).toBe('minimal-plan');
    expect(planIdFromFile('plans/shenyang.2016.txt')).toBe('shenyang-2016');
  });
});
