/**
 * The envelope: everything around the document's parts. Four small readers, each taking what its
 * form prints and leaving the rest:
 *   opening   份号, 特急/公开方式 lines, masthead (…文件), a 文号 above the title
 *   title     the notice or document title (one to four lines), the 文号 under it, the addressees
 *   notice    for a 通知 that 印发s or 转发s: its body, signature and date, publication note, then
 *             the title of the document it carries (and the bodies printed under that title)
 *   closing   read from the end: 抄送, issuing office and 印发 date (on one line or two), a
 *             signature and its date, publication note, 公开方式
 * What lies between is the preamble and the body. Nothing here refuses a document: a missing piece
 * is null, and an unusual one is reported.
 */
import type { DocumentForm, Meta, Paragraph, PrintedLine } from '../model/schema.ts';
import { fold } from './fold.ts';
import { isPartHeading, matchMarker, OFFICIAL_SCHEME, type HeadingScheme } from './markers.ts';
import { makeParagraph } from './paragraph.ts';
import type { ReadingLog } from './reading.ts';
import { isDocNumber, OTHER_ENVELOPE_LINE, type LogicalLine } from './patterns.ts';
import { findContents, type Contents } from './contents.ts';

const COPY_NUMBER = /^\d{3,8}$/;
const PUBLICATION_NOTE = /^[（(](?:此件|本件|本文)[^）)]*[）)]$/;
const CC = /^抄送[：:]/;
const DIGIT = '[0-9０-９〇○零一二三四五六七八九]';
const NUM = `(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})`;
/** A date alone (2019年1月22日, 二〇〇四年九月二十三日), with 印发 after it, or an office before it. */
const DATE_LINE = new RegExp(`^(.*?)\\s*(${DIGIT}{4})\\s*年\\s*(${NUM})\\s*月\\s*(${NUM})\\s*日\\s*(印发)?$`);
const CJK_SPACE = /(?<=[\u3400-\u9fff〔〕《》“”])\s+(?=[\u3400-\u9fff〔〕《》“”])/g;
/** Words a title ends with: the kinds of documents governments issue. */
const TITLE_END = /(通知|通报|意见|决定|方案|办法|规划|计划|纲要|规定|细则|批[复覆]|[复覆]函|函|答[复覆]|报告|措施|预案|条例|规则|要点|指南|制度|清单|名单|公告|通告|命令|令|决议|纪要|章程|标准|目录|说明)$/;
/** An organ of government or a body that signs (国务院办公厅, 国家地震局, 湖北省人民政府 …). */
const SIGNER = /(?:政府|办公厅|办公室|国务院|委员会|厅|委|局|部|署|院|办|会|组|中心|总社|银行)$/;

/** Removes spaces a line break or letter-spacing left between two Chinese characters of a title. */
export function collapseTitleSpaces(s: string): string {
  return s.replace(CJK_SPACE, '').replace(/\n/g, '').trim();
}

const printed = (l: LogicalLine): PrintedLine => ({ text: l.text, line: l.line, endLine: l.endLine });
/** A title line has no sentence punctuation (a title may list with 、) and is not long prose. */
const isTitleLike = (text: string) => !/[，。；：]/.test(text) && text.trim().length <= 60;
/** The masthead: an organ's name and 文件 (辽宁省人民政府文件), never a title that ends in 文件. */
const MASTHEAD = /^(?!.*(?:关于|印发|转发)).*(?:政府|办公厅|办公室|国务院|委员会|厅|委|局|部|署|院|办|会|中心)文件$/;
/** Addressees end in a body (各市人民政府，省政府各厅委、各直属机构：, 石英代表：), not in a verb (现提出以下意见：). */
const ADDRESSEE_END = /(?:政府|机构|部门|单位|委|厅|局|部|办|院|会|署|行|社|代表|同志|委员|市|县|区|省|州|盟|公司|企业|集团|学校|高校|组)\s*[：:]$/;
const isAddressees = (text: string) => ADDRESSEE_END.test(fold(text.trim())) && !/[。；]/.test(text) && text.trim().length <= 200 && matchMarker(text.trim()) === null;
const pad = (n: string) => n.padStart(2, '0');

const CN_DIGIT: Record<string, number> = { '〇': 0, '○': 0, '零': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** A printed year, month or day (2019, 二〇一九, 12, 十二) as a number. */
function dateNumber(s: string): number {
  const ascii = s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!s.includes('十')) return Number([...s].map((c) => CN_DIGIT[c]).join(''));
  const [tens, units] = s.split('十');
  return (tens === '' ? 1 : CN_DIGIT[tens]) * 10 + (units === '' ? 0 : CN_DIGIT[units]);
}

export interface DateLine {
  /** Text before the date on the same line (an issuing office), trimmed. */
  before: string;
  iso: string | null;
  issued: boolean;
}

/** Reads a line that is a date (with 印发, with an office before it); null for any other line. */
export function readDateLine(text: string): DateLine | null {
  const m = DATE_LINE.exec(fold(text.trim()));
  if (!m) return null;
  const before = m[1].trim();
  if (before !== '' && !(isTitleLike(before) && SIGNER.test(before))) return null;
  const [y, mo, d] = [dateNumber(m[2]), dateNumber(m[3]), dateNumber(m[4])];
  const valid = mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  return { before, iso: valid ? `${y}-${pad(String(mo))}-${pad(String(d))}` : null, issued: m[5] !== undefined };
}

/** True for a line that names a signing body: short, no punctuation, ends in an organ's word. */
const isSigner = (text: string) => isTitleLike(text) && text.trim().length <= 40 && SIGNER.test(fold(collapseTitleSpaces(text))) && matchMarker(text.trim()) === null;

/** The form a notice title announces. */
export function formOfTitle(title: string): DocumentForm {
  const t = fold(collapseTitleSpaces(title));
  if (/转发/.test(t)) return 'forward';
  if (/(?:印发|颁发|发布)/.test(t) && /(?:通知|函)$/.test(t)) return 'notice-plan';
  // 覆 is how a traditional copy prints 复 in 批复, 答复 and 复函 (OpenCC keeps it).
  if (/(?:批[复覆]|[复覆]函|函|答[复覆])$/.test(t)) return 'reply';
  if (/(?:通知|通报)$/.test(t)) return 'notice';
  return 'opinion';
}

export interface Envelope {
  meta: Meta;
  form: DocumentForm;
  preamble: Paragraph[];
  /** The 目录 printed before the body (its lines are in the preamble), or null. */
  contents: Contents | null;
  /** The lines of the document body, from its first part heading to before the closing lines. */
  body: LogicalLine[];
}

interface Cursor {
  lines: LogicalLine[];
  i: number;
}
const at = (c: Cursor): LogicalLine | undefined => c.lines[c.i];

/**
 * A title of up to four lines. Of the title-like lines at the cursor it takes the most that a 文号
 * or the addressees follow (a notice title), else the fewest that end with a document word
 * (…实施方案, …的报告), else the first line alone.
 */
function readTitle(c: Cursor, scheme: HeadingScheme, stop: number): LogicalLine[] {
  const candidates: LogicalLine[] = [];
  for (let k = c.i; k < Math.min(stop, c.i + 4); k++) {
    const t = c.lines[k].text;
    if (!isTitleLike(t) || isDocNumber(t) || isPartHeading(t, scheme) || PUBLICATION_NOTE.test(t.trim()) || readDateLine(t) || isAddressees(t)) break;
    candidates.push(c.lines[k]);
  }
  const endsTitle = (k: number) => TITLE_END.test(fold(collapseTitleSpaces(candidates.slice(0, k).map((l) => l.text).join(''))));
  const closedBy = (k: number) => {
    const next = c.lines[c.i + k];
    return !!next && c.i + k < stop && (isDocNumber(next.text) || isAddressees(next.text));
  };
  let take = 0;
  for (let k = candidates.length; k >= 1 && take === 0; k--) if (closedBy(k)) take = k;
  for (let k = 1; k <= candidates.length && take === 0; k++) if (endsTitle(k)) take = k;
  if (take === 0) take = Math.min(1, candidates.length);
  c.i += take;
  return candidates.slice(0, take);
}

/** Several printed lines read as one (a wrapped title): the text keeps its line breaks. */
function joinPrinted(ls: LogicalLine[]): PrintedLine {
  return { text: ls.map((l) => l.text).join('\n'), line: ls[0].line, endLine: ls[ls.length - 1].endLine };
}

const PERIOD_LINE = /^[（(]\s*\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?\s*[）)]$/;

interface Opening {
  copyNumber: string | null;
  copyNumberLine: number | null;
  masthead: PrintedLine | null;
  docNumber: string | null;
  docNumberLine: number | null;
  otherLines: PrintedLine[];
}

/** 份号, 特急/公开方式 lines, the masthead (…文件) and a 文号 above the title; each only where printed. */
function readOpening(c: Cursor, stop: number): Opening {
  const o: Opening = { copyNumber: null, copyNumberLine: null, masthead: null, docNumber: null, docNumberLine: null, otherLines: [] };
  for (; c.i < stop; c.i++) {
    const t = at(c)!.text.trim();
    if (c.i === 0 && COPY_NUMBER.test(t)) {
      o.copyNumber = t;
      o.copyNumberLine = at(c)!.line;
    } else if (OTHER_ENVELOPE_LINE.test(fold(t))) o.otherLines.push(printed(at(c)!));
    else if (o.masthead === null && isTitleLike(t) && t.length <= 30 && MASTHEAD.test(fold(collapseTitleSpaces(t)))) o.masthead = printed(at(c)!);
    else break;
  }
  readDocNumber(c, stop, o);
  return o;
}

function readDocNumber(c: Cursor, stop: number, o: Opening): void {
  const l = at(c);
  if (o.docNumber === null && c.i < stop && l && isDocNumber(l.text)) {
    o.docNumber = l.text.trim();
    o.docNumberLine = l.line;
    c.i++;
  }
}

interface Notice {
  body: Paragraph[];
  signatures: Meta['signatures'];
  publicationNote: PrintedLine | null;
  otherLines: PrintedLine[];
}

/**
 * The body of a notice that 印发s or 转发s a document, up to its signature, date and publication
 * note; the document's own title follows.
 */
function readNotice(c: Cursor, end: number, scheme: HeadingScheme): Notice {
  const n: Notice = { body: [], signatures: [], publicationNote: null, otherLines: [] };
  while (c.i < end && !isPartHeading(at(c)!.text, scheme)) {
    const l = at(c)!;
    const t = l.text.trim();
    if (PUBLICATION_NOTE.test(fold(t))) {
      if (n.publicationNote === null) n.publicationNote = printed(l);
      else n.otherLines.push(printed(l));
      c.i++;
      continue;
    }
    const date = readDateLine(t);
    if (date && !date.issued) {
      n.signatures.push({ signer: null, date: printed(l), isoDate: date.iso });
      c.i++;
      continue;
    }
    const next = c.lines[c.i + 1];
    if (isSigner(t) && next && c.i + 1 < end && readDateLine(next.text)?.issued === false) {
      n.signatures.push({ signer: printed(l), date: printed(next), isoDate: readDateLine(next.text)!.iso });
      c.i += 2;
      continue;
    }
    // A line without sentence punctuation after the notice is the carried document's title.
    if (isTitleLike(t) || n.signatures.length > 0 || n.publicationNote !== null) break;
    n.body.push(makeParagraph({ id: `notice-b${n.body.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }));
    c.i++;
  }
  return n;
}

/**
 * The preamble: everything before the first part heading. A table of contents (目录, then its
 * entries) belongs to it as printed; the body starts after it.
 */
function readPreamble(c: Cursor, end: number, scheme: HeadingScheme, contents: Contents | null): Paragraph[] {
  const preamble: Paragraph[] = [];
  const contentsEnd = contents && contents.start >= c.i ? contents.end : -1;
  while (c.i < end && (c.i < contentsEnd || !isPartHeading(at(c)!.text, scheme))) {
    const l = at(c)!;
    preamble.push(makeParagraph({ id: `preamble-b${preamble.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }));
    c.i++;
  }
  return preamble;
}

/** Reads the envelope of a document and returns its body: opening, title, notice, preamble, closing. */
export function readEnvelope(lines: LogicalLine[], scheme: HeadingScheme = OFFICIAL_SCHEME, log?: ReadingLog): Envelope {
  const c: Cursor = { lines, i: 0 };
  // A 目录 lists the part headings before the body prints them: the body starts after it, and the
  // title is the line printed above it.
  const listed = lines.findIndex((l) => !l.table && isPartHeading(l.text, scheme));
  const contents = findContents(lines, listed === -1 ? lines.length : listed);
  const afterContents = contents ? contents.end : 0;
  const firstPart = lines.findIndex((l, k) => k >= afterContents && !l.table && isPartHeading(l.text, scheme));
  const openingEnd = contents ? contents.start : firstPart === -1 ? lines.length : firstPart;

  const opening = readOpening(c, openingEnd);
  const titleLines = readTitle(c, scheme, openingEnd);
  readDocNumber(c, openingEnd, opening);
  let addressees: PrintedLine | null = null;
  if (c.i < openingEnd && at(c) && isAddressees(at(c)!.text)) {
    addressees = printed(at(c)!);
    c.i++;
  }
  const isNotice = titleLines.length > 0 && (opening.docNumber !== null || addressees !== null || opening.masthead !== null);
  const form: DocumentForm = titleLines.length === 0 ? 'document' : isNotice ? formOfTitle(titleLines.map((l) => l.text).join('')) : 'plan';
  const titlePrinted = titleLines.length > 0 ? joinPrinted(titleLines) : null;
  let issuer = opening.masthead ? collapseTitleSpaces(opening.masthead.text).replace(/文件$/, '') : null;
  if (isNotice && issuer === null) issuer = /^(.+?)(?:关于|对|转发)/.exec(collapseTitleSpaces(titlePrinted!.text))?.[1] ?? null;

  // The closing, read from the end, so that a notice's own body knows where the document stops.
  const closing = readClosing(lines, Math.max(c.i, firstPart === -1 ? c.i : firstPart + 1), scheme);
  const end = closing.start;

  const notice: Notice = form === 'notice-plan' || form === 'forward' ? readNotice(c, end, scheme) : { body: [], signatures: [], publicationNote: null, otherLines: [] };
  let planTitleLines: LogicalLine[] = [];
  if (form === 'notice-plan' || form === 'forward') {
    if (c.i < end && !isPartHeading(at(c)!.text, scheme)) planTitleLines = readTitle(c, scheme, contents && contents.start >= c.i ? contents.start : end);
  } else if (form === 'plan') planTitleLines = titleLines;
  // The period in brackets on a line of its own continues the title: （2019—2020年）.
  while (planTitleLines.length > 0 && c.i < end && PERIOD_LINE.test(at(c)!.text.trim())) planTitleLines.push(c.lines[c.i++]);

  let planTitle: string;
  let planTitleLine: number | null;
  if (planTitleLines.length > 0) {
    planTitle = collapseTitleSpaces(planTitleLines.map((l) => l.text).join(''));
    planTitleLine = planTitleLines[0].line;
  } else if (titlePrinted) {
    // The notice is the document (意见, 通知 with measures, 批复): its title is the title.
    planTitle = collapseTitleSpaces(titlePrinted.text);
    planTitleLine = titlePrinted.line;
  } else {
    planTitle = '（无标题）';
    planTitleLine = null;
    log?.observe(lines[0].line, 'envelope', 'no-title', 'no title line at the top of the document: the pages call it （无标题）');
  }

  const preamble = readPreamble(c, end, scheme, contents);
  // A 抄送 line the closing could not take (text follows it that is no closing line) stays text.
  for (const l of lines.slice(c.i, end)) if (CC.test(fold(l.text.trim()))) log?.keep(l, 'envelope', 'closing', 'a 抄送 line followed by text that is no closing line: kept as text of the body');
  if (c.i >= end) log?.observe(lines[Math.min(c.i, lines.length - 1)].line, 'outline', 'no-parts', 'no part heading (一、, 第一章 …): the document is read as paragraphs');

  const isoOf = (l: PrintedLine | null) => (l ? readDateLine(l.text)?.iso ?? null : null);
  return {
    form,
    meta: {
      copyNumber: opening.copyNumber,
      copyNumberLine: opening.copyNumberLine,
      masthead: opening.masthead,
      issuer,
      docNumber: opening.docNumber,
      docNumberLine: opening.docNumberLine,
      noticeTitlePrinted: isNotice ? titlePrinted : null,
      noticeTitle: isNotice && titlePrinted ? collapseTitleSpaces(titlePrinted.text) : null,
      addressees,
      noticeBody: notice.body,
      publicationNote: notice.publicationNote ?? closing.publicationNote,
      planTitle,
      planTitleLine,
      cc: closing.cc,
      ccRecipients: closing.cc ? closing.cc.text.trim().replace(CC, '').replace(/[。.]$/, '').split(/[，,、]/).map((s) => s.trim()).filter(Boolean) : [],
      issuingOffice: closing.issuingOffice,
      issuedDatePrinted: closing.issued,
      issuedDate: isoOf(closing.issued),
      signatures: [...notice.signatures, ...closing.signatures],
      otherLines: [...opening.otherLines, ...notice.otherLines, ...closing.otherLines].sort((a, b) => a.line - b.line),
    },
    preamble,
    contents,
    body: lines.slice(c.i, end),
  };
}

interface Closing {
  /** Index of the first closing line (lines.length when there is none). */
  start: number;
  cc: PrintedLine | null;
  issuingOffice: PrintedLine | null;
  issued: PrintedLine | null;
  signatures: Meta['signatures'];
  publicationNote: PrintedLine | null;
  otherLines: PrintedLine[];
}

/**
 * The closing lines, from the last line back, in whatever order they are printed; the first line
 * (from the end) that is none of them ends the closing. `floor` is the first line it may claim.
 */
function readClosing(lines: LogicalLine[], floor: number, scheme: HeadingScheme): Closing {
  const out: Closing = { start: lines.length, cc: null, issuingOffice: null, issued: null, signatures: [], publicationNote: null, otherLines: [] };
  let k = lines.length - 1;
  while (k >= floor) {
    const l = lines[k];
    const t = l.text.trim();
    const key = fold(t);
    if (isPartHeading(t, scheme)) break;
    const date = readDateLine(t);
    if (PUBLICATION_NOTE.test(key) && out.publicationNote === null) out.publicationNote = printed(l);
    else if (OTHER_ENVELOPE_LINE.test(key)) out.otherLines.push(printed(l));
    else if (CC.test(key) && out.cc === null) out.cc = printed(l);
    else if (date && (date.issued || date.before !== '') && out.issued === null && out.issuingOffice === null) {
      out.issued = printed(l);
      // The issuing office on the line above (辽宁省人民政府办公厅 / 2015年7月27日印发).
      const above = lines[k - 1];
      if (date.before === '' && above && k - 1 >= floor && isSigner(above.text)) {
        out.issuingOffice = printed(above);
        k--;
      }
    } else if (date && !date.issued) {
      const above = lines[k - 1];
      const signer = above && k - 1 >= floor && isSigner(above.text) ? printed(above) : null;
      out.signatures.unshift({ signer, date: printed(l), isoDate: date.iso });
      if (signer) k--;
    } else break;
    k--;
  }
  out.start = k + 1;
  return out;
}
