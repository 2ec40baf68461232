import { describe, expect, it } from 'vitest';
import { ordinaryCharacter, repairLookalikes } from '../../../../src/lib/read/pdf/lookalikes.ts';

describe('repairLookalikes', () => {
  it('reads Kangxi radicals as the ordinary characters and lists each', () => {
    const r = repairLookalikes('传统⼯业转型，⾏动方案');
    expect(r.text).toBe('传统工业转型，行动方案');
    expect(r.repairs.map((x) => [x.index, x.before, x.after])).toEqual([
      [2, '⼯', '工'],
      [7, '⾏', '行'],
    ]);
    expect(r.repairs[0].reason).toContain('Kangxi radical (U+2F2F)');
  });

  it('reads radical-supplement forms NFKC leaves alone from its table', () => {
    const r = repairLookalikes('人⺠政府⻓期');
    expect(r.text).toBe('人民政府长期');
    expect(r.repairs.map((x) => x.reason.includes('CJK radical form'))).toEqual([true, true]);
  });

  it('reads compatibility ideographs as the unified ones', () => {
    const r = repairLookalikes('\uf900');
    expect(r.text).toBe('\u8c48');
    expect(r.repairs[0].reason).toContain('compatibility ideograph (U+F900)');
  });

  it('keeps characters of those blocks that have no other form, and ordinary text, as they are', () => {
    expect(ordinaryCharacter('\ufa0e')).toBeNull(); // 﨎 is a unified ideograph in the compatibility block
    expect(ordinaryCharacter('⺀')).toBeNull();
    expect(ordinaryCharacter('工')).toBeNull();
    expect(repairLookalikes('国务院办公厅 2019').repairs).toEqual([]);
  });
});
