/**
 * What kind of body a responsible party is. Plans assign work to provincial departments, to local
 * governments (各市人民政府, 各县（市、区）政府, 沈抚新区管委会) and to others (中直企业, 各有关企业,
 * 高校): the kind is shown with the name, and only departments are looked up in the registry.
 */
export type PartyKind = 'department' | 'local-government' | 'other';

const LOCAL_GOVERNMENT = /(?:人民政府|政府|管委会|管理委员会|街道办事处|乡镇)$|^各(?:市|县|区|地|州|盟)/;
/** Organs of government end in one of these words: 厅 委 局 办 部 署 院 (法院 检察院), 会 (委员会) … */
const DEPARTMENT = /(?:厅|委|局|办|办公室|部|署|院|委员会|中心|总队|支队|海关|银行|分行|监管局|管理局|税务局|处|室|监会|总社|供销社|团委|妇联|科协|工商联|总工会|残联|人行|海事局|气象局|通信管理局|邮政管理局)$/;

/** Anything else (企业, 集团, 高校, 协会, 有关单位 …) is another kind of body. */
export function partyKind(name: string): PartyKind {
  const n = name.replace(/\s+/g, '');
  // 各有关部门, 有关单位, 国务院各部委: a class of bodies, never one department.
  if (/^(?:各|有关|相关|其他|其它|国务院各)|有关部门|有关单位/.test(n)) return /政府$/.test(n) ? 'local-government' : 'other';
  if (LOCAL_GOVERNMENT.test(n) && !/政府(?:办公厅|办公室|研究室|金融办|国资委|法制办)$/.test(n)) return 'local-government';
  if (DEPARTMENT.test(n)) return 'department';
  return 'other';
}
