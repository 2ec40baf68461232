import { describe, expect, it } from 'vitest';
import { checkPublished, insertAliases, nginxRedirectMap, type Served } from '../../../src/lib/durable-urls/redirects.ts';

/** A built site: path → ids on it. */
function site(pages: Record<string, string[]>): Served {
  return { has: (p) => p in pages, ids: (p) => new Set(pages[p] ?? []) };
}
const pub = (...urls: string[]) => urls.map((url, i) => ({ file: 'urls.txt', line: i + 3, url }));
const built = () => site({ '/x/': [], '/x/plan/': ['p1', 'p2-new'], '/x/tasks/t2/': ['t2-b1'] });

describe('checkPublished, one rule at a time', () => {
  it('an anchor on a page published without its slash follows the page redirect of the slashed page', () => {
    // nginx serves /x/tasks/t1 through the /x/tasks/t1/ redirect too, so the reader lands on t2.
    const redirects = { '/x/tasks/t1/': '/x/tasks/t2/', '/x/tasks/t1#t1-b1': '/x/tasks/t2/#t2-b1' };
    expect(checkPublished(pub('/x/tasks/t1/', '/x/tasks/t1#t1-b1'), redirects, built())).toEqual({
      problems: [],
      aliases: [{ path: '/x/tasks/t2/', alias: 't1-b1', target: 't2-b1' }],
    });
  });

  it('names the redirect in content/redirects.json when one is wrong', () => {
    expect(checkPublished(pub('/x/old/'), { '/x/old/': '/x/gone/' }, built()).problems).toEqual([
      'content/redirects.json: /x/old/ → /x/gone/: the site has no /x/gone/',
    ]);
  });

  it('refuses an alias whose old anchor is already an id on the new page, and adds no alias', () => {
    // p1 still exists on /x/plan/: an alias p1 would make two elements with one id.
    expect(checkPublished(pub('/x/plan/#p1'), { '/x/plan/#p1': '/x/plan/#p2-new' }, built())).toEqual({
      problems: ['content/redirects.json: /x/plan/#p1 → /x/plan/#p2-new: /x/plan/ already has an element #p1'],
      aliases: [],
    });
  });

  it('adds no alias when an anchor is mapped to a whole page', () => {
    const r = checkPublished(pub('/x/plan/#p2'), { '/x/plan/#p2': '/x/plan/' }, built());
    expect(r.problems).toEqual(['content/redirects.json: /x/plan/#p2 → /x/plan/: a page must map to a page and an anchor to an anchor']);
    expect(r.aliases).toEqual([]);
  });
});

describe('redirect map lines', () => {
  it('are sorted by the old path, whatever the order of content/redirects.json', () => {
    const lines = nginxRedirectMap({ '/x/b.html': '/x/', '/x/a.html': '/x/' }).split('\n').slice(1, -1);
    expect(lines).toEqual(['/x/a.html /x/;', '/x/b.html /x/;']);
  });

  it('add the slash-less form only for a path that ends with / and is not the root', () => {
    // A file path has no second form; the root without its slash would be an empty path.
    expect(nginxRedirectMap({ '/x/old.html': '/x/' }).split('\n').slice(1, -1)).toEqual(['/x/old.html /x/;']);
    expect(nginxRedirectMap({ '/': '/x/' }).split('\n').slice(1, -1)).toEqual(['/ /x/;']);
  });
});

describe('insertAliases with ids that contain regex characters', () => {
  it('matches the target id literally', () => {
    const html = '<p id="p1x2">甲</p><p id="p1.2">乙</p>';
    expect(insertAliases(html, [{ alias: 'old', target: 'p1.2' }])).toBe('<p id="p1x2">甲</p><span id="old" class="anchor-alias"></span><p id="p1.2">乙</p>');
  });
});
