import { assessRisk } from '../risk-score';

const VOCAB = [
  { term: '即日即金', weight: 20 },
  { term: '日給5万円', weight: 20 },
  { term: 'ホワイト案件', weight: 25 },
  { term: '詳しくはDMで', weight: 15 },
  { term: '荷物を運ぶ', weight: 15 },
  { term: 'Telegram', weight: 10 },
  { term: '受け子', weight: 30 },
];

describe('assessRisk', () => {
  it('scores the demo post from the vocabulary and names the matched terms', () => {
    const r = assessRisk('【即日即金】荷物を運ぶだけで日給5万円 ホワイト案件 詳しくはDMで', VOCAB);
    expect(r).toEqual({ score: 95, matched: ['即日即金', '日給5万円', 'ホワイト案件', '詳しくはDMで', '荷物を運ぶ'] });
  });

  it('folds width, case and spaces', () => {
    expect(assessRisk('日給５万円 ＴＥＬＥＧＲＡＭ 詳しくは ＤＭで', VOCAB).matched).toEqual(['日給5万円', '詳しくはDMで', 'Telegram']);
  });

  it('caps the score at 100 and scores harmless text 0', () => {
    expect(assessRisk('即日即金 日給5万円 ホワイト案件 受け子 荷物を運ぶ', VOCAB).score).toBe(100);
    expect(assessRisk('週末のカフェスタッフ募集 時給1200円', VOCAB)).toEqual({ score: 0, matched: [] });
  });
});
