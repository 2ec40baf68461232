import { describe, expect, it } from 'vitest';
import { convertFixture } from '../../support/plans.ts';
import { answerData, coreAnswerData, type AnswerData } from '../../../src/lib/site/answers/answer-data.ts';
import { answersFile } from '../../../src/lib/model/routes.ts';
import { topicList } from '../../../src/lib/site/answers/topics.ts';

const fixtureData = () => answerData(convertFixture('answers-plan.txt').model, { departments: [] });

/** One responsibility (node n) on page 0, with the given places. */
const data = (places: AnswerData['places']): AnswerData => ({
  v: 1, plan: 'p', title: '示例方案', topics: '/p/departments/topics/',
  departments: [{ id: 'a', name: '市甲局', alt: [], href: '/p/departments/a/' }],
  resps: [{ node: 'n', task: 'n', title: '任务', href: '/p/tasks/n/', leads: [0], partners: [], open: false, block: 'n-dept' }],
  pages: [{ href: '/p/tasks/n/', name: '任务', kind: 'task' }], places, sectors: [],
});

describe('topicList: the static page 按主题查牵头部门', () => {
  it('each task with its department line link and its departments, the sectors with their 提及 tasks', () => {
    const l = topicList(fixtureData());
    expect(l.tasks[0]).toMatchObject({
      title: '提升质量标准水平', href: '/answers-plan/tasks/p3-1/', lineHref: '/answers-plan/tasks/p3-1/#p3-1-dept', partnersOpenEnded: true,
      leads: [{ name: '市市场监管局', href: '/answers-plan/departments/shi-shi-chang-jian-guan-ju/' }],
      partners: [{ name: '市工业和信息化局', href: '/answers-plan/departments/shi-gong-ye-he-xin-xi-hua-ju/' }, { name: '市科技局', href: '/answers-plan/departments/shi-ke-ji-ju/' }],
    });
    // 推进智能化改造 mentions 智能农机 (…带动智能农机等行业…): listed under the sector.
    expect(l.sectors[0]).toMatchObject({ title: '智能农机', href: '/answers-plan/sectors/p2-1-1/' });
    expect(l.sectors[0].related).toEqual([{ title: '推进智能化改造', href: '/answers-plan/tasks/p3-2/', terms: ['农机'] }]);
    expect(l.sectors.map((s) => s.title)).toEqual(['智能农机', '精密模具', '绿色食品']);
  });
  it('subject sentences linked to their paragraph, and the titles of nodes below the task', () => {
    const l = topicList(data([
      { anchor: 'n', page: 0, text: '任务', isTitle: true, resps: [0] },
      { anchor: 'n-b1', page: 0, text: '加快目标。其余。', resps: [0], heads: [[0, 5]] },
      { anchor: 'n-1', page: 0, text: '下级标题', isTitle: true, resps: [0] },
    ]));
    expect(l.tasks[0].heads).toEqual([{ text: '加快目标。', href: '/p/tasks/n/#n-b1' }, { text: '下级标题', href: '/p/tasks/n/#n-1' }]);
  });
  it('a task without subject sentences: the first sentence of each paragraph, or the whole paragraph', () => {
    const l = topicList(data([
      { anchor: 'n', page: 0, text: '任务', isTitle: true, resps: [0] },
      { anchor: 'n-b1', page: 0, text: '甲乙；丙丁。', resps: [0] },
      { anchor: 'n-b2', page: 0, text: '没有句号', resps: [0] },
    ]));
    expect(l.tasks[0].heads).toEqual([{ text: '甲乙；', href: '/p/tasks/n/#n-b1' }, { text: '没有句号', href: '/p/tasks/n/#n-b2' }]);
  });
});

describe('coreAnswerData: the file shipped to the browser', () => {
  it('keeps every title and the task text, drops the text outside the tasks', () => {
    const core = coreAnswerData(fixtureData());
    const texts = core.places.map((p) => p.text);
    for (const t of ['智能农机', '强化人才支撑', '提升质量标准水平', '加强计量检测能力建设。建设一批计量检测公共服务平台，推行首席质量官制度。']) expect(texts).toContain(t);
    for (const t of ['落实人才引进政策，支持企业柔性引进高端人才。', '加快研发长航时植保无人机。', '现将《白川市制造业提质行动方案》印发给你们，请认真贯彻执行。']) expect(texts).not.toContain(t);
  });
});

describe('answerData: who is responsible, as printed', () => {
  it('（教育部、人力资源社会保障部按职责分工负责）: both jointly responsible, and only that task', () => {
    const d = answerData(convertFixture('reprint-plan.txt').model, { departments: [] });
    const joint = d.resps.filter((r) => r.joint === 1);
    expect(joint.map((r) => [r.title, r.leads.map((i) => d.departments[i].name)])).toEqual([['加强人才培养', ['教育部', '人力资源社会保障部']]]);
  });
  it('refuses a responsibility naming a department the model does not list, naming plan and department', () => {
    const model = convertFixture('answers-plan.txt').model;
    const without = { ...model, departments: model.departments.filter((x) => x.id !== 'shi-ke-ji-ju') };
    expect(() => answerData(without, { departments: [] })).toThrow('answers-plan: responsibility names “shi-ke-ji-ju”, which is not in model.departments');
  });
  it('the answer file of a plan', () => {
    expect(answersFile('answers-plan')).toBe('/answers-plan/answers.json');
  });
});
