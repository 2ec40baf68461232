import { describe, expect, it } from 'vitest';
import { partyKind } from '../../../src/lib/convert/parties.ts';
import { labelledLineUnfinished, parseDepartmentLine, readDeadlineLine, splitNames, STATED_FIRST_LISTED, trailingAssignmentStart } from '../../../src/lib/convert/departments.ts';

describe('partyKind', () => {
  it('tells departments, local governments and other bodies apart', () => {
    for (const n of ['省经济和信息化委', '省政府金融办', '省通信管理局', '省委宣传部', '省外事办', '省政府办公厅']) expect(partyKind(n), n).toBe('department');
    for (const n of ['各市人民政府', '各县（市、区）政府', '沈抚新区管委会', '大连市政府', '有关市人民政府']) expect(partyKind(n), n).toBe('local-government');
    for (const n of ['中直企业', '各有关企业', '省属高校', '省机械工业协会']) expect(partyKind(n), n).toBe('other');
  });
  it('reads a class of bodies (各…, 有关…, 相关…, 国务院各…) as other unless it names governments', () => {
    for (const n of ['各地区', '各有关部门', '有关单位', '相关部门', '国务院各部委', '各市政府办公室']) expect(partyKind(n), n).toBe('other');
    for (const n of ['各省级人民政府', '相关县政府']) expect(partyKind(n), n).toBe('local-government');
  });
  it('ends department names in 监会 and 总社', () => {
    for (const n of ['证监会', '银保监会', '供销总社']) expect(partyKind(n), n).toBe('department');
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

describe('label words of the labelled notations', () => {
  it('reads every lead label, partner label and deadline label the recognisers list', () => {
    for (const lead of ['牵头单位', '牵头部门', '主责单位', '主办单位', '主要责任单位']) {
      for (const partner of ['配合单位', '配合部门', '参与单位', '协办单位', '协同单位', '协助单位']) {
        expect(parseDepartmentLine(`${lead}：省甲厅；${partner}：省乙厅、省丙厅`), `${lead}/${partner}`).toMatchObject({ ok: true, value: { notation: 'lead-partner-line', leads: ['省甲厅'], partners: ['省乙厅', '省丙厅'], undivided: false } });
      }
    }
    for (const label of ['责任单位', '责任部门', '责任主体']) {
      expect(parseDepartmentLine(`${label}：省甲厅、省乙厅`), label).toMatchObject({ ok: true, value: { notation: 'responsibility-line', leads: ['省甲厅', '省乙厅'], undivided: true } });
    }
    for (const label of ['完成时限', '完成时间', '时间节点', '时限要求']) {
      expect(parseDepartmentLine(`责任单位：省甲厅；${label}：2018年底前`), label).toMatchObject({ ok: true, value: { deadline: '2018年底前' } });
      expect(readDeadlineLine(`${label}：2018年底前`), label).toBe('2018年底前');
    }
  });
  it('reads every partner verb of the trailing parenthesis', () => {
    for (const verb of ['配合', '参与', '协助', '协同', '按职责分工负责', '按职责负责', '分工负责']) {
      expect(parseDepartmentLine(`（省甲厅牵头，省乙厅${verb}）`), verb).toMatchObject({ ok: true, value: { leads: ['省甲厅'], partners: ['省乙厅'] } });
    }
    for (const verb of ['按职责分工负责', '按职责负责', '分工负责', '共同负责']) {
      expect(parseDepartmentLine(`（省甲厅、省乙厅${verb}）`), verb).toMatchObject({ ok: true, value: { leads: ['省甲厅', '省乙厅'], jointly: true, leadVerb: verb } });
    }
  });
  it('reads a partner list ending in 等, 等部门, 等有关单位 as open-ended, 有关部门 alone as nothing more, and a list going on after 等', () => {
    for (const end of ['等', '等部门', '等单位', '等有关部门', '等相关单位']) {
      expect(parseDepartmentLine(`（省甲厅牵头，省乙厅${end}配合）`), end).toMatchObject({ ok: true, value: { partners: ['省乙厅'], partnersOpenEnded: true } });
    }
    expect(parseDepartmentLine('（省甲厅牵头，有关部门配合）')).toMatchObject({ ok: true, value: { partners: [], partnersOpenEnded: false } });
    // Beside named bodies, 有关部门 is a class of bodies of its own (partyKind 'other').
    expect(parseDepartmentLine('（省甲厅牵头，省乙厅、有关部门配合）')).toMatchObject({ ok: true, value: { partners: ['省乙厅', '有关部门'], partnersOpenEnded: false } });
    // The list may go on after 等部门和 (等有关部门和单位, A、B等和各省级人民政府).
    expect(parseDepartmentLine('（省甲厅牵头，省乙厅、省丙厅等有关部门和单位配合）')).toMatchObject({ ok: true, value: { partners: ['省乙厅', '省丙厅'], partnersOpenEnded: true } });
    expect(parseDepartmentLine('（省甲厅牵头，省乙厅等和各市人民政府配合）')).toMatchObject({ ok: true, value: { partners: ['省乙厅', '各市人民政府'], partnersOpenEnded: true } });
  });
  it('finds the rule a plan states in its words', () => {
    for (const t of ['列第一位的为牵头单位', '排在第一位的为牵头部门', '列首位的单位为牵头单位', '第一个单位为牵头单位', '首家单位是牵头单位']) expect(STATED_FIRST_LISTED.test(t), t).toBe(true);
    for (const t of ['第一位是省发展改革委', '牵头单位为省发展改革委']) expect(STATED_FIRST_LISTED.test(t), t).toBe(false);
  });
  it('refuses a labelled line that names no unit, and an unbalanced parenthesis', () => {
    expect(parseDepartmentLine('牵头单位：；配合单位：省乙厅')).toMatchObject({ ok: false });
    expect(parseDepartmentLine('（责任单位：省甲厅（筹）')).toMatchObject({ ok: false });
    expect(parseDepartmentLine('（省甲厅牵头，省乙厅配合')).toMatchObject({ ok: false, message: expect.stringMatching(/unclosed/) });
  });
});

describe('assignment notations at their edges', () => {
  it('split names at every list mark, never inside brackets of either width, and survive a stray closing bracket', () => {
    expect(splitNames('省甲厅、省乙厅,省丙厅，省丁厅;省戊厅；省己厅')).toEqual(['省甲厅', '省乙厅', '省丙厅', '省丁厅', '省戊厅', '省己厅']);
    expect(splitNames('各县(市、区)政府、省甲厅')).toEqual(['各县(市、区)政府', '省甲厅']);
    expect(splitNames('省甲厅）、省乙厅（筹、建）')).toEqual(['省甲厅）', '省乙厅（筹、建）']);
    expect(splitNames(' 省甲厅 、、 省乙厅 ')).toEqual(['省甲厅', '省乙厅']);
  });
  it('read a trailing parenthesis through spaces a line break left, and refuse one without a lead', () => {
    expect(parseDepartmentLine('  （省甲厅 牵头， 省乙厅 配合）  ')).toMatchObject({ ok: true, value: { leads: ['省甲厅'], partners: ['省乙厅'], leadVerb: '牵头' } });
    expect(parseDepartmentLine('（牵头）')).toMatchObject({ ok: false, message: 'cannot read 牵头/配合 in department line “（牵头）”' });
    expect(parseDepartmentLine('（由牵头）')).toMatchObject({ ok: false, message: 'no leading department in “（由牵头）”' });
    expect(parseDepartmentLine('（省甲厅）牵头（省乙厅）')).toMatchObject({ ok: false, message: expect.stringMatching(/^unbalanced parenthesis/) });
  });
  it('leave a section heading that mentions 牵头 and a labelled parenthesis to their own readers', () => {
    expect(parseDepartmentLine('（一）建立牵头机制。')).toMatchObject({ ok: false, message: expect.stringMatching(/^not a department line/) });
    expect(parseDepartmentLine('（牵头单位：省甲厅；配合单位：省乙厅）')).toMatchObject({ ok: true, value: { notation: 'lead-partner-line' } });
  });
  it('trim the values of labelled fields, and read an empty deadline as none', () => {
    expect(parseDepartmentLine('牵头单位： 省甲厅。；配合单位：省乙厅，')).toMatchObject({ ok: true, value: { leads: ['省甲厅'], partners: ['省乙厅'], deadline: null } });
    expect(parseDepartmentLine('责任单位：省甲厅；完成时限：')).toMatchObject({ ok: true, value: { deadline: null } });
    expect(parseDepartmentLine('牵头单位：省甲厅；完成时限：')).toMatchObject({ ok: true, value: { deadline: null } });
    expect(parseDepartmentLine('（牵头单位：省甲厅')).toMatchObject({ ok: false, message: expect.stringMatching(/^unclosed parenthesis/) });
    expect(parseDepartmentLine('（责任单位：省甲厅')).toMatchObject({ ok: false, message: expect.stringMatching(/^unclosed parenthesis/) });
  });
  it('read bodies each responsible only when the parenthesis names some', () => {
    expect(parseDepartmentLine('（由省甲厅、省乙厅等分工负责）')).toMatchObject({ ok: true, value: { leads: ['省甲厅', '省乙厅'], partnersOpenEnded: true, jointly: true } });
    expect(parseDepartmentLine('（有关部门负责）')).toMatchObject({ ok: false, message: 'no responsible body in “（有关部门负责）”' });
    expect(parseDepartmentLine('（一）各部门按职责分工负责）')).toMatchObject({ ok: false });
  });
  // Converter bug (reported to the lead): partnerList('等部门') returns ['等部门'], so a list that is
  // only 等部门 reads as one body named “等部门” instead of naming none.
  it('refuse a list that is only 等部门: it names no body', () => {
    expect(parseDepartmentLine('责任单位：等部门')).toMatchObject({ ok: false, message: 'no unit after 责任单位： in “责任单位：等部门”' });
    expect(parseDepartmentLine('（等部门按职责分工负责）')).toMatchObject({ ok: false, message: expect.stringMatching(/^no responsible body/) });
  });
  it('read a deadline line in brackets or with spaces, and only a line that starts with its label', () => {
    expect(readDeadlineLine('（完成时限：2017年底前）')).toBe('2017年底前');
    expect(readDeadlineLine('  完成时间： 2017年底前 ；')).toBe('2017年底前');
    expect(readDeadlineLine('按完成时限：2017年')).toBeNull();
  });
  it('find the parenthesis that closes a paragraph past brackets inside it', () => {
    const t = '推进（试点）改造。（省甲厅（筹）牵头，省乙厅配合）';
    expect(trailingAssignmentStart(t)).toBe(t.indexOf('（省甲厅'));
    expect(trailingAssignmentStart(`${t}  `)).toBe(t.indexOf('（省甲厅'));
    expect(trailingAssignmentStart('推进改造。（省甲厅牵头，省乙厅配合')).toBe(-1);
    expect(trailingAssignmentStart('推进改造）（省甲厅）')).toBe(-1);
    expect(trailingAssignmentStart('推进改造。（牵头）')).toBe(-1);
  });
  it('tell whether a labelled line stops mid-list, for every labelled notation', () => {
    expect(labelledLineUnfinished('牵头单位：省甲厅；')).toBe(true);
    expect(labelledLineUnfinished('  牵头单位：省甲厅  ')).toBe(false);
    expect(labelledLineUnfinished('完成时限：2017年、')).toBe(true);
    expect(labelledLineUnfinished('（责任单位：省甲厅、')).toBeNull();
  });
});

describe('partyKind at its edges', () => {
  it('reads a name through the spaces a line break left in it', () => {
    expect(partyKind('大连市 人民政府 ')).toBe('local-government');
    expect(partyKind('省 财政厅')).toBe('department');
  });
  it('reads the office of a local government as a department, and a department whose name holds 企业 as one', () => {
    expect(partyKind('大连市政府办公室')).toBe('department');
    expect(partyKind('省政府办公厅')).toBe('department');
    expect(partyKind('省中小企业局')).toBe('department');
    expect(partyKind('省属国有企业')).toBe('other');
  });
  it('reads a body that is neither as other', () => {
    for (const n of ['有关单位', '专家委员', '省级专家组', '东软集团']) expect(partyKind(n), n).toBe('other');
  });
});
