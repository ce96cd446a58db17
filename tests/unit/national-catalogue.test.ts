/**
 * The national catalogue (issue 17, item 2), reviewed on the real data: 第十一条's report goes to
 * three bodies, 第二十三条 names the school and the village committee, 第一百一十七条 enforces
 * 第十一条, roles are never widened, every walkthrough's frontline role has a national case entry or
 * a silence stated here with its reason, every law has entries and a complete coverage, and every
 * sentence of a law that sanctions is a consequence or is said here not to be one.
 */
import { describe, expect, it } from 'vitest';
import { compiledDocuments } from '../../src/documents/sources.ts';
import { coverageOf } from '../../src/duties/coverage.ts';
import { loadCatalogue } from '../../src/duties/files.ts';
import { selectOutcome } from '../../src/duties/outcome.ts';
import type { CataloguedDuty } from '../../src/duties/schema.ts';
import type { RoleId, SituationId } from '../../src/glossary.ts';
import { MACHINES, WALKTHROUGH_IDS, type WalkthroughId } from '../../src/machines/index.ts';
import type { Answers } from '../../src/machines/routing.ts';
import { LAW_IDS } from '../documents.ts';

const { duties, coverage } = loadCatalogue(process.cwd());
const docs = compiledDocuments();
const LAWS = [...LAW_IDS];
const national = duties.filter((d) => LAWS.includes(d.document));
const get = (id: string): CataloguedDuty => {
  const d = duties.find((x) => x.id === id);
  expect(d, id).toBeDefined();
  return d!;
};
const orderOf = (entries: readonly CataloguedDuty[]) => (a: CataloguedDuty, b: CataloguedDuty) => entries.indexOf(a) - entries.indexOf(b);
const select = (document: string, role: RoleId, situations: SituationId[], answers: Answers = {}) =>
  selectOutcome(duties, [], { document, role, situations, answers }, orderOf(duties));

/** The frontline roles every walkthrough offers (src/walkthroughs/site.ts FRONTLINE; that module needs Vite's glob). */
const FRONTLINE: readonly RoleId[] = ['school', 'village-committee', 'child-director', 'police', 'township', 'civil-affairs', 'medical', 'relative', 'entrusted-guardian', 'parent'];

describe('the laws in the catalogue', () => {
  it('are the seven national texts, each with entries of its own', () => {
    expect(LAWS).toEqual(['law-civil-code-2020', 'law-compulsory-education-2018', 'law-domestic-violence-2015', 'law-family-education-2021', 'law-minors-2024', 'reg-hukou-1958', 'reg-social-assistance-2019']);
    for (const law of LAWS) expect(national.filter((d) => d.document === law).length, law).toBeGreaterThan(0);
  });
  it.each(LAWS)('%s: every sentence is covered by an entry or left out with a reason', (law) => {
    const doc = docs.find((d) => d.meta.id === law)!;
    const report = coverageOf(doc, duties, coverage.get(law) ?? []);
    expect(report.units.length).toBeGreaterThan(0);
    expect(report.units.filter((u) => u.status === 'unclassified').map((u) => u.id)).toEqual([]);
    expect(report.unknown).toEqual([]);
    expect(report.units.filter((u) => u.status === 'covered').length).toBeGreaterThan(0);
  });
  it('a chapter outside the site\'s situations is left out as a chapter, with its reason', () => {
    const minors = coverage.get('law-minors-2024') ?? [];
    expect(minors.find((r) => 'clause' in r && r.clause === 'c5')?.reason).toMatch(/网络保护/);
  });
});

describe('未成年人保护法 第十一条: 强制报告', () => {
  const report = get('law-minors-2024/mandatory-report');
  it('is reported 立即 to 公安、民政、教育: three bodies', () => {
    expect(report).toMatchObject({ kind: 'case', clause: 'a11-p2', deadline: { id: 'immediately', words: '立即' } });
    expect(report.kind === 'case' && [...report.notify].sort()).toEqual(['civil-affairs', 'education-bureau', 'police']);
  });
  it('binds the bodies the law names, and no person the glossary keeps apart', () => {
    // 国家机关、居民委员会、村民委员会、密切接触未成年人的单位 (第一百三十条（一）): units, not persons.
    expect(report.roles).toEqual(expect.arrayContaining(['school', 'kindergarten', 'medical', 'village-committee', 'township', 'civil-affairs', 'relief-institution', 'welfare-institution']));
    for (const person of ['child-director', 'entrusted-guardian', 'parent', 'relative', 'citizen'] as const) expect(report.roles, person).not.toContain(person);
  });
  it('is followed by the bodies told: 依法及时受理、处置', () => {
    expect(report.kind === 'case' && report.then.map((l) => [l.duty, l.basis])).toEqual([['law-minors-2024/departments-handle-report', 'text']]);
  });
  it('第一百一十七条 enforces it, on those it binds', () => {
    const sanction = get('law-minors-2024/failure-to-report-sanction');
    expect(sanction).toMatchObject({ kind: 'consequence', clause: 'a117', conditions: ['造成严重后果'] });
    if (sanction.kind !== 'consequence') return;
    expect(sanction.enforces).toEqual([report.id]);
    expect(sanction.quote).toContain('第十一条第二款');
    expect([...sanction.sanctioned].sort()).toEqual([...report.roles].sort());
    expect(select('law-minors-2024', 'school', ['abuse']).consequences.map((c) => c.id)).toContain(sanction.id);
  });
  it('反家庭暴力法 第三十五条 enforces 第十四条 the same way: 及时 to the police', () => {
    const dv = get('law-domestic-violence-2015/mandatory-report');
    expect(dv).toMatchObject({ clause: 'a14', deadline: { words: '及时' }, notify: ['police'] });
    const sanction = get('law-domestic-violence-2015/failure-to-report-sanction');
    expect(sanction.kind === 'consequence' && sanction.enforces).toEqual([dv.id]);
  });
});

describe('未成年人保护法 第二十一条至第二十三条: parents who leave to work', () => {
  it('第二十三条: tell the school and the village committee, in writing and 及时', () => {
    const tell = get('law-minors-2024/parent-tell-school-village');
    expect(tell).toMatchObject({ kind: 'case', clause: 'a23-p1', roles: ['parent'], deadline: { words: '及时' } });
    expect(tell.kind === 'case' && tell.notify).toEqual(expect.arrayContaining(['school', 'village-committee']));
    expect(tell.quote).toMatch(/书面告知未成年人所在学校、幼儿园和实际居住地的居民委员会、村民委员会/);
  });
  it('第二十三条: keep in touch at least once a week, a standing task of the parents', () => {
    const contact = get('law-minors-2024/parent-weekly-contact');
    expect(contact).toMatchObject({ kind: 'programme', roles: ['parent'] });
    expect(contact.quote).toMatch(/^与未成年人、被委托人至少每周联系和交流一次/);
  });
  it('第二十二条: whom to entrust, and whom not', () => {
    const entrust = get('law-minors-2024/parent-entrust-carer');
    expect(entrust.quote).toContain('委托具有照护能力的完全民事行为能力人代为照护');
    expect(get('law-minors-2024/parent-unfit-carers').also.map((a) => a.clause)).toEqual(['a22-i1', 'a22-i2', 'a22-i3', 'a22-i4']);
  });
  it('第二十一条: no child under 16 living alone, on the parents\' leaving and living-alone pages', () => {
    const alone = get('law-minors-2024/parent-no-living-alone');
    expect(alone.situations).toEqual(expect.arrayContaining(['parents-leaving', 'living-alone']));
    expect(select('law-minors-2024', 'parent', ['parents-leaving']).steps.map((s) => s.entry.id)).toEqual(expect.arrayContaining([alone.id, 'law-minors-2024/parent-entrust-carer', 'law-minors-2024/parent-tell-school-village']));
  });
});

describe('民政: 临时监护 turns on the facts the items name', () => {
  it('a child alone whose parents cannot be found: 临时监护, and not when they can be reached', () => {
    const ids = (answers: Answers) => select('law-minors-2024', 'civil-affairs', ['living-alone', 'parents-unreachable'], answers).steps.map((s) => s.entry.id);
    expect(ids({ reachable: 'no' })).toContain('law-minors-2024/temporary-care-guardian-missing');
    expect(ids({ reachable: 'yes' })).not.toContain('law-minors-2024/temporary-care-guardian-missing');
  });
  it('a child an able adult looks after is not taken in, whatever the law', () => {
    for (const law of LAWS) {
      for (const role of FRONTLINE) {
        const o = select(law, role, ['parents-unreachable'], { reachable: 'no', 'cared-for': 'yes', 'carer-able': 'yes' });
        expect(o.steps.filter((s) => s.entry.mechanism === 'temporary-care').map((s) => s.entry.id), `${law} ${role}`).toEqual([]);
      }
    }
  });
  it('第九十二条 is protect: it comes before the reports', () => {
    for (const d of national.filter((x) => x.clause === 'a92')) expect(d.urgency, d.id).toBe('protect');
  });
});

/**
 * Where the seven laws give a frontline role no case entry in a walkthrough's situations, the
 * silence is stated here with its reason, so a new entry or a lost one shows.
 */
const NO_LAW_FOR_CHILD_DIRECTOR = '法律没有规定儿童主任；村（居）委会应设专人专岗（未成年人保护法第四十三条），其职责见村（居）委会';
const CARER = '法律把照护的职责给父母（委托、告知、联系），没有给被委托人自己的案件职责';
const SILENT: Partial<Record<WalkthroughId, Partial<Record<RoleId, string>>>> = {
  'living-alone': { 'child-director': NO_LAW_FOR_CHILD_DIRECTOR, relative: '近亲属在这一情形没有法定职责；任何人都可以举报（第十一条第一款，角色：其他公民）', 'entrusted-guardian': CARER },
  'parents-unreachable': { 'child-director': NO_LAW_FOR_CHILD_DIRECTOR, 'entrusted-guardian': CARER },
  missing: {
    'child-director': NO_LAW_FOR_CHILD_DIRECTOR,
    relative: '法律没有专门规定孩子失踪时近亲属做什么；任何人都可以报告（第十一条第一款）',
    'entrusted-guardian': CARER,
    parent: '法律没有专门规定孩子失踪时父母做什么（第二十条是孩子受到侵害时）',
  },
  'guardian-failing': { 'child-director': NO_LAW_FOR_CHILD_DIRECTOR, 'entrusted-guardian': '被委托人不尽职时，法律规定的是村（居）委会和学校的处置（第四十三条、家庭教育促进法第四十八条）', parent: '监护人本人就是失职的一方：法律规定的是对他的劝诫、训诫和撤销监护人资格（不做会怎样）' },
  abuse: { 'child-director': NO_LAW_FOR_CHILD_DIRECTOR, 'entrusted-guardian': CARER },
  harm: { 'child-director': NO_LAW_FOR_CHILD_DIRECTOR, relative: '近亲属在意外伤害或不法侵害时没有法定职责；任何人都可以举报（第十一条第一款）', 'entrusted-guardian': CARER },
  dropout: {
    'village-committee': '义务教育法第十三条第二款只给村（居）委会常设任务：协助政府督促适龄儿童入学（在这个孩子的页面上作为常设任务显示）',
    'child-director': NO_LAW_FOR_CHILD_DIRECTOR,
    police: '法律没有规定公安机关处理辍学',
    township: '义务教育法第十三条给乡镇的是常设任务：组织和督促入学、防止辍学（作为常设任务显示）；第五十八条批评教育父母是对父母的处理',
    'civil-affairs': '法律没有规定民政部门处理辍学',
    medical: '法律没有规定医疗机构处理辍学',
    relative: '法律没有规定近亲属处理辍学',
    'entrusted-guardian': CARER,
  },
  unregistered: {
    school: '户口登记条例没有规定学校的职责', 'village-committee': '户口登记条例没有规定村（居）委会的职责', 'child-director': NO_LAW_FOR_CHILD_DIRECTOR,
    police: '派出所是出生登记的受理机关（户口登记条例第三条、第七条）：它收到申报，没有主动的案件职责',
    township: '户口登记条例第三条的户口登记机关“乡、镇人民委员会”是1958年的名称；申报对象按今天的实际写作派出所',
    'civil-affairs': '户口登记条例没有规定民政部门的职责（弃婴由育婴机关申报，角色：福利机构）',
    medical: '户口登记条例没有规定医疗机构的职责',
  },
  'child-in-difficulty': {
    school: '困境儿童可得的教育救助由学校实施（社会救助暂行办法第三十六条），是权益，不是案件职责',
    'child-director': NO_LAW_FOR_CHILD_DIRECTOR,
    police: '法律没有规定公安机关处理困境儿童',
    township: '乡镇受理救助申请、主动办理特困供养（社会救助暂行办法第四条、第十七条）是常设任务',
    medical: '法律没有规定医疗机构处理困境儿童',
    'entrusted-guardian': CARER,
    parent: '父母可为孩子申请救助（见您还可以），法律没有给父母这一情形的案件职责',
  },
  'parents-leaving': {
    school: '学校收到父母的书面告知（第二十三条），法律没有规定学校收到后做什么',
    'village-committee': '村（居）委会收到父母的书面告知，并协助监督委托照护（第四十三条第二款，常设任务）',
    'child-director': NO_LAW_FOR_CHILD_DIRECTOR,
    police: '法律没有规定公安机关在父母外出时做什么',
    township: '法律没有规定乡镇在父母外出时做什么',
    'civil-affairs': '法律没有规定民政部门在父母外出时做什么',
    medical: '法律没有规定医疗机构在父母外出时做什么',
    relative: '法律没有规定近亲属在父母外出时做什么；受委托照护的人是被委托人',
    'entrusted-guardian': CARER,
  },
};

/** The situations a walkthrough's outcomes draw on (its own, and those its answers add). */
const situationsOf = (w: WalkthroughId): SituationId[] => {
  const states = (MACHINES[w] as unknown as { config: { states: Record<string, { meta?: { situations?: SituationId[] } }> } }).config.states;
  return [...new Set(Object.values(states).flatMap((s) => s.meta?.situations ?? []))];
};

describe('every walkthrough: a national case entry for each frontline role, or a stated silence', () => {
  it.each(WALKTHROUGH_IDS)('%s', (w) => {
    const situations = situationsOf(w);
    for (const role of FRONTLINE) {
      const cases = national.filter((d) => d.kind === 'case' && d.roles.includes(role) && d.situations.some((s) => situations.includes(s)));
      const silence = SILENT[w]?.[role];
      if (silence) expect(cases.map((d) => d.id), `${w} ${role}: a silence is stated, but the laws say something`).toEqual([]);
      else expect(cases.length, `${w} ${role}: no national case entry; state the silence in SILENT`).toBeGreaterThan(0);
    }
  });
  it('a walkthrough where every frontline role is silent has none', () => {
    for (const w of WALKTHROUGH_IDS) expect(Object.keys(SILENT[w] ?? {}).length, w).toBeLessThan(FRONTLINE.length);
  });
});

/**
 * Sentences of the laws that speak of sanctions (the county review's words): each stands in a
 * consequence entry, or is named here with why it is not one.
 */
const SANCTION = /撤销监护人资格|追究[^。；]*责任|追责|依法给予处分|给予治安管理处罚/;
const NOT_A_SANCTION: Record<string, string> = {
  'law-minors-2024/a94-i4.1': '长期监护的情形（法院撤销后指定民政），是民政的案件职责的触发',
  'law-minors-2024/a126-p1.2': '单位招聘查询义务的处罚：本站不收录该职责',
  'law-minors-2024/a128-p1.1': '国家机关工作人员渎职的一般责任，未指向某一条职责',
  'law-domestic-violence-2015/a16-p1.1': '不给予治安管理处罚时的告诫书，是公安的案件职责（police-warning-letter）',
  'law-domestic-violence-2015/a34-p1.1': '被申请人违反保护令：本站没有被申请人的职责',
  'law-domestic-violence-2015/a36-p1.1': '国家工作人员渎职的一般责任',
  'law-domestic-violence-2015/a36-p1.2': '国家工作人员渎职的一般责任',
  'law-family-education-2021/a54-p1.2': '违反本法的一般刑事责任；父母施暴的责任见第五十三条的条目',
  'law-compulsory-education-2018/a54-p1.2': '侵占挪用经费的处分：本站不收录该职责',
  'law-compulsory-education-2018/a56-p1.2': '学校违规收费的处分：本站不收录该职责',
  'law-compulsory-education-2018/a56-p2.3': '学校推销商品的处分：本站不收录该职责',
  'law-compulsory-education-2018/a57-p1.2': '学校拒收残疾儿童等的处分：本站不收录这些职责',
  'law-compulsory-education-2018/a60-p1.1': '违反本法的一般刑事责任',
  'law-civil-code-2020/a36-p3.1': '民政部门申请撤销，是民政的案件职责（civil-affairs-must-apply）',
  'reg-hukou-1958/a21-p1.1': '登记机关发现犯罪分子提请追究，与儿童无关',
  'reg-social-assistance-2019/a67-p1.3': '截留挪用救助资金的处分：本站不收录该职责',
  'reg-social-assistance-2019/a68-p1.2': '骗取救助的处罚，落在申请人身上',
  'reg-social-assistance-2019/a69-p1.1': '违反本办法的一般刑事责任',
};

describe('the laws\' sanctions', () => {
  it.each(LAWS)('%s: every sentence that sanctions is a consequence, or is said here not to be one', (law) => {
    const doc = docs.find((d) => d.meta.id === law)!;
    const consequences = duties.filter((d) => d.document === law && d.kind === 'consequence');
    const units = coverageOf(doc, consequences, []).units.filter((u) => SANCTION.test(u.text));
    expect(units.length).toBeGreaterThan(0);
    expect(units.filter((u) => u.status !== 'covered' && !(`${law}/${u.id}` in NOT_A_SANCTION)).map((u) => `${u.id} ${u.text}`)).toEqual([]);
    // A sentence said not to be a sanction that an entry now covers: the reason is stale.
    expect(units.filter((u) => u.status === 'covered' && `${law}/${u.id}` in NOT_A_SANCTION).map((u) => u.id)).toEqual([]);
  });
  it('each national consequence names who is sanctioned, and every duty it enforces is one of theirs', () => {
    for (const d of national) {
      if (d.kind !== 'consequence') continue;
      expect(d.sanctioned.length, d.id).toBeGreaterThan(0);
      for (const id of d.enforces) expect(get(id).roles.every((r) => d.sanctioned.includes(r)), `${d.id} enforces ${id}`).toBe(true);
    }
  });
  it('撤销监护人资格 falls on the parents in the three laws that provide for it', () => {
    for (const [law, id] of [['law-minors-2024', 'court-protection-or-revocation'], ['law-domestic-violence-2015', 'guardianship-revoked'], ['law-civil-code-2020', 'guardianship-revoked']] as const) {
      const e = get(`${law}/${id}`);
      expect(e).toMatchObject({ kind: 'consequence', mechanism: 'revoke-guardianship', sanctioned: ['parent'] });
    }
  });
});

