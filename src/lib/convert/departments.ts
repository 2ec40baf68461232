/**
 * Parses the closing department line of a task:
 * （省经济和信息化委、省科技厅牵头，省发展改革委、省教育厅等部门配合）
 * （省经济和信息化委、省发展改革委、省外经贸厅牵头负责）
 */
export interface ParsedDepartments {
  leads: string[];
  leadVerb: string;
  partners: string[];
  partnersOpenEnded: boolean;
}

export type DepartmentLineResult =
  | { ok: true; value: ParsedDepartments }
  | { ok: false; message: string };

const OPEN = /^[（(]/;
const CLOSE = /[）)]$/;

/** True for a line that is, or tries to be, a department line: a parenthesis holding 牵头. */
export function looksLikeDepartmentLine(text: string): boolean {
  const t = text.trim();
  return OPEN.test(t) && /牵头/.test(t) && !/^[（(][一二三四五六七八九十]+[）)]/.test(t);
}

function splitNames(s: string): string[] {
  return s.split(/[、,，]/).map((x) => x.trim()).filter((x) => x !== '');
}

export function parseDepartmentLine(text: string): DepartmentLineResult {
  const t = text.trim();
  if (!OPEN.test(t)) return { ok: false, message: 'a department line must start with a parenthesis' };
  if (!CLOSE.test(t)) return { ok: false, message: `unclosed parenthesis in department line “${t}”` };
  const inner = t.slice(1, -1).replace(/\s+/g, '');
  if (/[（()）]/.test(inner)) return { ok: false, message: `unbalanced parenthesis in department line “${t}”` };
  const m = /^(.+?)(牵头负责|牵头)(?:[，,](.+?)配合)?$/.exec(inner);
  if (!m) return { ok: false, message: `cannot read 牵头/配合 in department line “${t}”` };
  const leads = splitNames(m[1]);
  let partnerText = m[3] ?? '';
  let partnersOpenEnded = false;
  const open = /等(?:有关)?(?:部门|单位)?$/.exec(partnerText);
  if (open) {
    partnersOpenEnded = true;
    partnerText = partnerText.slice(0, open.index);
  } else {
    partnerText = partnerText.replace(/(?:有关)?(?:部门|单位)$/, '');
  }
  const partners = splitNames(partnerText);
  if (leads.length === 0) return { ok: false, message: `no leading department in “${t}”` };
  return { ok: true, value: { leads, leadVerb: m[2], partners, partnersOpenEnded } };
}
