import { describe, expect, it, beforeAll } from 'vitest';
import { checkPublished, insertAliases, nginxRedirectMap, staticHostRedirects, type Served } from '../../../src/lib/durable-urls/redirects.ts';

/** A built site: path → ids on it. */
function site(pages: Record<string, string[]>): Served {
  return { has: (p) => p in pages, ids: (p) => new Set(pages[p] ?? []) };
}
const pub = (...urls: string[]) => urls.map((url, i) => ({ file: 'urls.txt', line: i + 3, url }));

describe('checkPublished', () => {
  let built: Served;
  beforeAll(() => {
    built = site({ '/x/': [], '/x/plan/': ['p1', 'p2-new'], '/x/tasks/t2/': ['t2-b1'] });
  });

  it('passes when every published URL and anchor is still there', () => {
    expect(checkPublished(pub('/x/', '/x/plan/#p1'), {}, built)).toEqual({ problems: [], aliases: [] });
  });

  it('names the manifest line of a page or anchor that is gone', () => {
    expect(checkPublished(pub('/x/', '/x/tasks/t1/', '/x/plan/#p2'), {}, built).problems).toEqual([
      'urls.txt:4: published URL /x/tasks/t1/ is no longer built; map it in content/redirects.json',
      'urls.txt:5: /x/plan/ no longer has #p2; map /x/plan/#p2 in content/redirects.json',
    ]);
  });

  it('accepts redirects to what exists, and makes a moved anchor an alias where the reader lands', () => {
    const redirects = { '/x/tasks/t1/': '/x/tasks/t2/', '/x/tasks/t1/#t1-b1': '/x/tasks/t2/#t2-b1', '/x/plan/#p2': '/x/plan/#p2-new' };
    const r = checkPublished(pub('/x/tasks/t1/', '/x/tasks/t1/#t1-b1', '/x/plan/#p2'), redirects, built);
    expect(r.problems).toEqual([]);
    expect(r.aliases).toEqual([
      { path: '/x/tasks/t2/', alias: 't1-b1', target: 't2-b1' },
      { path: '/x/plan/', alias: 'p2', target: 'p2-new' },
    ]);
  });

  it('refuses redirects that cannot work', () => {
    const problems = (redirects: Record<string, string>, published = Object.keys(redirects)) => checkPublished(pub(...published), redirects, built).problems;
    expect(problems({ '/x/tasks/t1/': '/x/tasks/t9/' })[0]).toMatch(/the site has no \/x\/tasks\/t9\//);
    expect(problems({ '/x/plan/#p2': '/x/plan/#nope' })[0]).toMatch(/has no element #nope/);
    expect(problems({ '/x/plan/': '/x/' })[0]).toMatch(/still exists/);
    expect(problems({ '/x/a/': '/x/' }, [])[0]).toMatch(/never published/);
    expect(problems({ '/x/a/': '/x/b/', '/x/b/': '/x/' }, ['/x/a/', '/x/b/'])).toContainEqual(expect.stringMatching(/redirected again/));
    // The old page is gone but not redirected: the alias on another page would never be reached.
    expect(problems({ '/x/tasks/t1/#t1-b1': '/x/tasks/t2/#t2-b1' })[0]).toMatch(/lands on no page/);
    expect(problems({ '/x/plan/#p2': '/x/plan/#p1', '/x/plan/#p1x': '/x/plan/' }, ['/x/plan/#p2', '/x/plan/#p1x'])).toContainEqual(expect.stringMatching(/a page must map to a page/));
  });
});

describe('redirect files', () => {
  const redirects = { '/x/tasks/t1/': '/x/tasks/t2/', '/x/plan/#p2': '/x/plan/#p3' };
  it('give nginx and static hosts the page redirects, with and without the slash; anchors stay in the page', () => {
    expect(nginxRedirectMap(redirects).split('\n').slice(1)).toEqual(['/x/tasks/t1/ /x/tasks/t2/;', '/x/tasks/t1 /x/tasks/t2/;', '']);
    expect(staticHostRedirects(redirects).split('\n').slice(1)).toEqual(['/x/tasks/t1/ /x/tasks/t2/ 301', '/x/tasks/t1 /x/tasks/t2/ 301', '']);
  });
});

describe('insertAliases', () => {
  it('puts the old id right before the element that carries the anchor now', () => {
    const html = '<main><h2 id="p2">二</h2><p class="para" id="p2-1-b1">文</p></main>';
    expect(insertAliases(html, [{ alias: 'p2-2-b1', target: 'p2-1-b1' }])).toBe('<main><h2 id="p2">二</h2><span id="p2-2-b1" class="anchor-alias"></span><p class="para" id="p2-1-b1">文</p></main>');
    expect(() => insertAliases(html, [{ alias: 'a', target: 'missing' }])).toThrow(/no element #missing/);
  });
});

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
