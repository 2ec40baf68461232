/** What a page tells search engines and link previews about itself, besides its <title>. */
import type { PlanModel } from '../../model/schema.ts';
import { findNode } from '../../model/walk.ts';
import { siteHref } from './site-url.ts';
import { SITEMAP_FILE } from '../../model/routes.ts';

export const SITE_NAME = '政策导航';

export interface MetaTag {
  /** Open Graph uses property=, Twitter cards name=. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/**
 * Open Graph and Twitter card tags. og:url needs an absolute URL, so it is left out when the
 * deployment's address is unknown (the preview then falls back to the address it was shared with).
 */
export function socialMeta(
  page: { title: string; description: string; path: string; type?: 'website' | 'article'; image?: { path: string; alt: string; width: number; height: number } },
  site: URL | undefined,
): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  return [
    og('type', page.type ?? 'website'),
    og('site_name', SITE_NAME),
    og('locale', 'zh_CN'),
    og('title', page.title),
    og('description', page.description),
    ...(site ? [og('url', siteHref(page.path, site))] : []),
    // Absolute under SITE_URL like og:url; without it the root-relative path (no built file may
    // claim an address), which previews resolve against the shared link or ignore.
    ...(page.image
      ? [og('image', siteHref(page.image.path, site)), og('image:type', 'image/png'), og('image:width', String(page.image.width)), og('image:height', String(page.image.height)), og('image:alt', page.image.alt)]
      : []),
    tw('card', page.image ? 'summary_large_image' : 'summary'),
    tw('title', page.title),
    tw('description', page.description),
  ];
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL, as the format asks. */
export function robotsTxt(site: URL): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${siteHref(`/${SITEMAP_FILE}`, site)}`, ''].join('\n');
}

/** A shared link names its plan: page title · plan title (unless the title already holds it). */
export function ogTitle(title: string, planTitle: string | null): string {
  return planTitle && !title.includes(planTitle) ? `${title} · ${planTitle}` : title;
}

export interface TaskDuty {
  /** The verb printed before the leads (牵头, 负责 …), '' when the text prints none. */
  leadVerb: string;
  leads: string[];
  partners: string[];
  partnersOpenEnded: boolean;
}

/**
 * Who a task's text assigns it to, by printed name: what its link preview (og:description) and its
 * image (og.ts) both say, so the two never disagree. Null for a page that is not a task.
 */
export function taskDuty(model: PlanModel, taskId: string): TaskDuty | null {
  const task = model.tasks.find((t) => t.id === taskId);
  if (!task) return null;
  const name = new Map(model.departments.map((d) => [d.id, d.name]));
  const line = task.departmentLine ? findNode(model.parts, task.id)?.blocks.find((b) => b.id === task.departmentLine) : undefined;
  return {
    leadVerb: line?.type === 'departments' ? line.leadVerb : '',
    leads: task.leads.map((id) => name.get(id)!),
    partners: task.partners.map((id) => name.get(id)!),
    partnersOpenEnded: task.partnersOpenEnded,
  };
}

/**
 * A task's link preview leads with who does it, as the text assigns it: 牵头：甲、乙；配合：丙等.
 * Then the task's first sentence. Without printed departments only the sentence.
 */
export function taskDescription(t: Omit<TaskDuty, 'leadVerb'> & { leadVerb?: string; sentence: string }): string {
  const who = [
    t.leads.length > 0 ? `${t.leadVerb || '牵头'}：${t.leads.join('、')}` : '',
    t.partners.length > 0 ? `配合：${t.partners.join('、')}${t.partnersOpenEnded ? '等' : ''}` : '',
  ].filter(Boolean).join('；');
  return who ? `${who}。${t.sentence}` : t.sentence;
}

/** A department's link preview: what it leads (by task title) and how many tasks it cooperates on. */
export function departmentDescription(d: { name: string; leads: string[]; partners: number; planTitle: string }): string {
  const leads = d.leads.length > 0 ? `牵头 ${d.leads.length} 项任务：${d.leads.join('、')}` : '不牵头任务';
  const partners = d.partners > 0 ? `；配合 ${d.partners} 项` : '';
  return `${d.name}在《${d.planTitle}》中${leads}${partners}。`;
}
