import { describe, expect, it } from 'vitest';
import { partyKind } from '../../../src/lib/convert/parties.ts';
import { labelledLineUnfinished, parseDepartmentLine, readDeadlineLine, trailingAssignmentStart } from '../../../src/lib/convert/departments.ts';

describe('partyKind', () => {
  it('tells departments, local governments and other bodies apart', () => {
    for (const n of ['省经济和信息化委', '省政府金融办', '省通信管理局', '省委宣传部', '省外事办', '省政府办公厅']) expect(partyKind(n), n).toBe('department');
    for (const n of ['各市人民政府', '各县（市、区）政府', '沈抚新区管委会', '大连市政府', '各地区']) expect(partyKind(n), n).toBe('local-government');
    for (const n of ['中直企业', '各有关企业', '省属高校', '省机械工业协会']) expect(partyKind(n), n).toBe('other');
  });
});

describe('assignment notations', () => {
  it('reads 责任单位 as an undivided list, and 牵头单位/配合单位 as printed', () => {
    expect(parseDepartmentLine('责任单位：省发展改革委、省科技厅等')).toMatchObject({ ok: true, value: { notation: 'responsibility-line', undivided: true, leads: ['省发展改革委', '省科技厅'], partnersOpenEnded: true } });
    expect(parseDepartmentLine('（牵头单位：省商务厅；配合单位：省财政厅；完成时限：2017年底前）')).toMatchObject({ ok: true, value: { notation: 'lead-partner-line', leads: ['省商务厅'], partners: ['省财政厅'], deadline: '2017年底前' } });
    expect(parseDepartmentLine('责任单位：').ok).toBe(false);
  });
  it('reads a 完成时限 line of its own', () => {
    expect(readDeadlineLine('完成时限：2016年起每年')).toBe('2016年起每年');
    expect(readDeadlineLine('时间节点：2017年底前。')).toBe('2017年底前');
    expect(readDeadlineLine('完成任务的时限很紧。')).toBeNull();
  });
  it('finds a responsibility parenthesis closing a paragraph, and leaves other brackets alone', () => {
    const t = '推进园区循环化改造。（责任单位：各市人民政府，省发展改革委）';
    expect(trailingAssignmentStart(t)).toBe(t.indexOf('（'));
    expect(trailingAssignmentStart('发展高端装备（含数控机床）')).toBe(-1);
    expect(trailingAssignmentStart('（责任单位：各市人民政府）')).toBe(-1); // a whole line is read as a line, not split
  });
  it('lets a wrapped 责任单位 list continue on the next line, but not a complete one', () => {
    expect(labelledLineUnfinished('责任单位：省发展改革委、')).toBe(true);
    expect(labelledLineUnfinished('责任单位：省发展改革委')).toBe(false);
    expect(labelledLineUnfinished('推进创新，')).toBeNull();
  });
});

describe('State Council notations', () => {
  it('reads （A牵头，B、C等按职责分工负责） as a lead and open-ended partners', () => {
    expect(parseDepartmentLine('（工业和信息化部牵头，发展改革委、科技部等按职责分工负责）')).toMatchObject({ ok: true, value: { leads: ['工业和信息化部'], partners: ['发展改革委', '科技部'], partnersOpenEnded: true } });
  });
  it('reads （A、B按职责分工负责） as bodies each responsible, none leading', () => {
    expect(parseDepartmentLine('（科技部、工业和信息化部按职责分工负责）')).toMatchObject({ ok: true, value: { leads: ['科技部', '工业和信息化部'], partners: [], jointly: true, leadVerb: '按职责分工负责' } });
    expect(trailingAssignmentStart('加强统筹协调。（各地区、各有关部门按职责分工负责）')).toBe('加强统筹协调。'.length);
  });
  it('drops a leading 由 from the lead', () => {
    expect(parseDepartmentLine('（由省发展改革委牵头，省财政厅配合）')).toMatchObject({ ok: true, value: { leads: ['省发展改革委'] } });
  });
});
