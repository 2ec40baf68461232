import { describe, expect, it } from 'vitest';
import { groupBaselines, itemsToLines, joinRuns, letterSpaced, lineNumberer, mainRun, naturalEnd } from '../../../../src/lib/read/pdf/glyphs.ts';
import { line, run } from './items.ts';

describe('itemsToLines', () => {
  it('groups runs by baseline, top to bottom, each line left to right', () => {
    const lines = itemsToLines([run('第二行', 10, 80), run('行', 34, 50), run('第一', 10, 50.5)], 3);
    expect(lines.map((l) => l.text)).toEqual(['第一行', '第二行']);
    expect(lines.map((l) => [l.page, l.line])).toEqual([[3, 1], [3, 2]]);
    expect(lines[0].x0).toBe(10);
    expect(lines[0].x1).toBe(46);
  });

  it('drops the space runs PDF.js makes from gaps, keeps a printed full-width space', () => {
    const lines = itemsToLines([run('国办发', 10, 50), run(' ', 46, 50, 12, 2.4), run('〔', 48.4, 50), run('　', 60.4, 50), run('号', 72.4, 50)], 1);
    expect(lines[0].text).toBe('国办发〔　号');
  });

  it('numbers a line by the nearest baseline of its page', () => {
    const lineOf = lineNumberer([run('甲', 10, 50), run('乙', 10, 70), run('丙', 10, 90)]);
    expect([lineOf(49), lineOf(71), lineOf(95)]).toEqual([1, 2, 3]);
  });

  it('sets a line by the size most of its characters have, not a larger symbol', () => {
    expect(mainRun([run('期手术总', 10, 50, 10), run('。', 50, 50, 12)]).size).toBe(10);
  });
});

describe('joinRuns', () => {
  it('joins Chinese runs without spaces, whatever the small gap', () => {
    expect(joinRuns([run('各省', 10, 50), run('、自治区', 34.3, 50)])).toBe('各省、自治区');
  });

  it('puts a space between ASCII words only where the gap shows one', () => {
    expect(joinRuns([run('Made', 10, 50), run('in', 36, 50)])).toBe('Made in');
    expect(joinRuns([run('Made', 10, 50), run('in', 34.5, 50)])).toBe('Madein');
  });

  it('reads no space in the gap a word processor leaves between Chinese and Latin text', () => {
    expect(joinRuns([run('〔2019〕6', 10, 50), run('号', 10 + 36 + 2.4, 50)])).toBe('〔2019〕6号');
  });

  it('reads a gap of whole characters as full-width spaces', () => {
    expect(joinRuns([run('陈宝生', 10, 50), run('教育部部长', 10 + 36 + 24, 50)])).toBe('陈宝生　　教育部部长');
    expect(joinRuns([run('1.1', 10, 50), run('编制目的', 10 + 18 + 12, 50)])).toBe('1.1　编制目的');
  });

  it('reads narrower gaps between Chinese characters set solid as ASCII spaces', () => {
    expect(joinRuns([run('召', 10, 50), run('集', 25, 50), run('人：孙春兰', 40, 50)])).toBe('召 集 人：孙春兰');
  });

  it('reads a letter-spaced title without spaces', () => {
    const runs = [...'关于我国'].map((ch, i) => run(ch, 10 + i * 29.1, 50, 18));
    expect(letterSpaced(runs)).toBe(true);
    expect(joinRuns(runs)).toBe('关于我国');
  });

  it('removes the spaces PDF.js reads into a stretched line', () => {
    // 期 手 术 … stretched over the width before a manual break: each character 10 wide, 9.6 apart.
    const runs = [...'期手术总台次数'].map((ch, i) => run(ch, 10 + i * 19.6, 50, 10));
    expect(joinRuns(runs)).toBe('期手术总台次数');
    expect(joinRuns([run('切 口 手 术', 10, 50, 10, 70), run('台', 85, 50, 10)])).toBe('切口手术台');
  });
});

describe('naturalEnd', () => {
  it('is where a stretched Chinese line would end unstretched', () => {
    const stretched = line(1, 1, 0, '计算方法手术台次数', { width: 180, size: 10 });
    expect(naturalEnd(stretched)).toBeCloseTo(90);
    expect(naturalEnd(line(1, 1, 0, '计算方法手术台次数', { size: 10 }))).toBeCloseTo(90);
  });

  it('is where a mostly Latin line is printed (its natural width is unknown)', () => {
    expect(naturalEnd(line(1, 1, 0, 'DDDs and more', { width: 200 }))).toBe(200);
  });
});

describe('groupBaselines', () => {
  it('keeps a footnote mark on its line', () => {
    expect(groupBaselines([run('正文', 10, 50), run('1', 34, 46, 7)]).length).toBe(1);
  });
});
