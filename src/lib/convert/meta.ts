import type { Meta, Paragraph, PrintedLine } from '../model/schema.ts';
import { ConvertError } from './errors.ts';
import { matchHeading, OFFICIAL_SCHEME, type HeadingScheme } from './markers.ts';
import { makeParagraph } from './paragraph.ts';
import type { LogicalLine } from './repair.ts';

const COPY_NUMBER = /^\d{3,8}$/;
const DOC_NUMBER = /^\S{1,12}〔\d{4}〕\d+号$/;
const PUBLICATION_NOTE = /^[（(](此件[^）)]*)[）)]$/;
const CC = /^抄送[：:]/;
const ISSUED = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:印发)?$/;
const CJK_SPACE = /(?<=[\u3400-\u9fff〔〕《》])\s+(?=[\u3400-\u9fff〔〕《》])/g;

/** Removes spaces a PDF line break left between two Chinese characters of a title. */
export function collapseTitleSpaces(s: string): string {
  return s.replace(CJK_SPACE, '').trim();
}

const printed = (l: LogicalLine): PrintedLine => ({ text: l.text, line: l.line, endLine: l.endLine });
const NOTICE_TITLE_END = /(通知|意见|决定|方案|办法|规划|计划|纲要|规定|细则|批复|函)$/;
/** A title line has no sentence punctuation. */
const isTitleLike = (text: string) => !/[，。；：、]/.test(text);
/**
 * A line after the plan title that continues it: the period in brackets, or the end of a title
 * that stopped before its kind word (…实施方案, …规划, …行动计划).
 */
const continuesTitle = (text: string) => /^[（(]\s*\d{4}\s*[—–\-－~～至]+\s*\d{4}\s*年?\s*[）)]$/.test(text.trim()) || NOTICE_TITLE_END.test(collapseTitleSpaces(text));

/** True when a notice title (one to three lines) is followed by a 文号 line. */
function noticeTitleAhead(lines: LogicalLine[], i: number): boolean {
  for (let k = i; k < Math.min(lines.length, i + 4); k++) {
    if (DOC_NUMBER.test(lines[k].text.trim())) return k > i;
    if (!isTitleLike(lines[k].text)) return false;
  }
  return false;
}

/** Several printed lines read as one (a wrapped title): the text keeps its line breaks. */
function joinPrinted(ls: LogicalLine[]): LogicalLine {
  return { text: ls.map((l) => l.text).join('\n'), line: ls[0].line, endLine: ls[ls.length - 1].endLine, marks: [] };
}
const pad = (n: string) => n.padStart(2, '0');

export interface Envelope {
  meta: Meta;
  preamble: Paragraph[];
  /** The lines of the plan body, from its first part heading to before the closing lines. */
  body: LogicalLine[];
}

/**
 * Reads the notice that wraps a plan (份号, masthead, 文号, title, addressees, body, publication note)
 * and the closing lines (抄送, issuing office, date), and returns the body between them.
 */
export function readEnvelope(file: string, lines: LogicalLine[], scheme: HeadingScheme = OFFICIAL_SCHEME): Envelope {
  let i = 0;
  const at = () => lines[i];
  const fail = (message: string): never => {
    throw new ConvertError(file, at()?.line ?? lines[lines.length - 1].line, message);
  };

  let copyNumber: string | null = null;
  let copyNumberLine: number | null = null;
  if (COPY_NUMBER.test(at().text.trim())) {
    copyNumber = at().text.trim();
    copyNumberLine = at().line;
    i++;
  }
  // Three openings: the official one (masthead …文件, 文号, title), a reprint that starts at the
  // notice title with the 文号 under it, and a plan text with no notice at all (its title first).
  const official = !!at() && at().text.trim().endsWith('文件');
  const reprint = !official && copyNumber === null && isTitleLike(at().text) && noticeTitleAhead(lines, i);
  let masthead: PrintedLine | null = null;
  let issuer: string | null = null;
  let docNumber: string | null = null;
  let docNumberLine: number | null = null;
  let titleLine: LogicalLine | null = null;
  let addressees: PrintedLine | null = null;
  const noticeBody: Paragraph[] = [];
  let publicationNote: PrintedLine | null = null;
  const readTitle = (what: string) => {
    // A long notice title wraps onto two or three lines: read lines until the title's last word.
    const titleLines: LogicalLine[] = [];
    while (at() && titleLines.length < 3 && isTitleLike(at().text) && !DOC_NUMBER.test(at().text.trim())) {
      titleLines.push(at());
      i++;
      if (NOTICE_TITLE_END.test(collapseTitleSpaces(titleLines.map((l) => l.text).join('')))) break;
    }
    if (titleLines.length === 0 || !NOTICE_TITLE_END.test(collapseTitleSpaces(titleLines.map((l) => l.text).join('')))) {
      i -= titleLines.length;
      fail(`expected the notice title ${what}`);
    }
    return joinPrinted(titleLines);
  };
  const readDocNumber = () => {
    if (!at() || !DOC_NUMBER.test(at().text.trim())) fail('expected the document number (文号, e.g. 某政发〔2015〕1号)');
    docNumber = at().text.trim();
    docNumberLine = at().line;
    i++;
  };
  if (official) {
    masthead = printed(at());
    issuer = at().text.trim().replace(/文件$/, '');
    i++;
    readDocNumber();
    titleLine = readTitle('after the document number');
  } else if (reprint) {
    titleLine = readTitle('at the top of the document');
    readDocNumber();
    issuer = /^(.+?)关于/.exec(collapseTitleSpaces(titleLine.text))?.[1] ?? null;
  } else if (copyNumber !== null) {
    fail('expected the masthead (…文件) after the copy number');
  }
  if (titleLine) {
    if (!at() || !/[：:]$/.test(at().text.trim())) fail('expected the addressees line (ending in ：) after the notice title');
    addressees = printed(at());
    i++;
    while (at() && !PUBLICATION_NOTE.test(at().text.trim()) && !/^[^，、。；：]+$/.test(at().text)) {
      const l = at();
      noticeBody.push(makeParagraph({ id: `notice-b${noticeBody.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }));
      i++;
    }
    if (!at()) fail('the document ends inside the notice: no plan title follows');
    if (PUBLICATION_NOTE.test(at().text.trim())) {
      publicationNote = printed(at());
      i++;
    }
  }
  if (!at() || matchHeading(at().text, scheme)) fail('expected the plan title after the notice');
  const planTitleLine = at().line;
  // The plan title may wrap too, its period (（2019—2020年）) often on a line of its own.
  const planTitleLines = [at()];
  i++;
  while (at() && planTitleLines.length < 3 && isTitleLike(at().text) && !matchHeading(at().text, scheme) && continuesTitle(at().text)) {
    planTitleLines.push(at());
    i++;
  }
  const planTitle = collapseTitleSpaces(planTitleLines.map((l) => l.text).join(''));

  const preamble: Paragraph[] = [];
  while (at() && matchHeading(at().text, scheme)?.level !== 'part') {
    const l = at();
    preamble.push(makeParagraph({ id: `preamble-b${preamble.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }));
    i++;
  }
  if (!at()) fail('the plan has no part heading (一、…)');

  // The closing lines are read from the end: date, then issuing office, then 抄送.
  let end = lines.length;
  let issuedDatePrinted: PrintedLine | null = null;
  let issuedDate: string | null = null;
  let issuingOffice: PrintedLine | null = null;
  let cc: PrintedLine | null = null;
  const last = lines[end - 1];
  const dm = ISSUED.exec(last.text.trim());
  if (dm) {
    issuedDatePrinted = printed(last);
    issuedDate = `${dm[1]}-${pad(dm[2])}-${pad(dm[3])}`;
    end--;
    const office = lines[end - 1];
    if (office && end - 1 > i && /^[^，、。；：]+$/.test(office.text) && !CC.test(office.text) && !matchHeading(office.text, scheme)) {
      issuingOffice = printed(office);
      end--;
    }
  }
  const ccIndex = lines.findIndex((l, k) => k >= i && k < end && CC.test(l.text.trim()));
  let ccRecipients: string[] = [];
  if (ccIndex !== -1) {
    if (ccIndex !== end - 1) throw new ConvertError(file, lines[ccIndex + 1].line, 'unexpected text after the 抄送 line');
    cc = printed(lines[ccIndex]);
    ccRecipients = lines[ccIndex].text.trim().replace(CC, '').replace(/[。.]$/, '').split(/[，,、]/).map((s) => s.trim()).filter(Boolean);
    end = ccIndex;
  }

  return {
    meta: {
      copyNumber,
      copyNumberLine,
      masthead,
      issuer,
      docNumber,
      docNumberLine,
      noticeTitlePrinted: titleLine ? printed(titleLine) : null,
      noticeTitle: titleLine ? collapseTitleSpaces(titleLine.text) : null,
      addressees,
      noticeBody,
      publicationNote,
      planTitle,
      planTitleLine,
      cc,
      ccRecipients,
      issuingOffice,
      issuedDatePrinted,
      issuedDate,
    },
    preamble,
    body: lines.slice(i, end),
  };
}
