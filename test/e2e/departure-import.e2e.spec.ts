import { startTestApp, type TestApp } from '../setup/test-app';

const HEADER = 'romaji_name,kana_name,date_of_birth,nationality,status_of_residence,residence_card_number,residence_expiry,planned_departure,address,application_number,application_date';
const DETAIL = `query($id: ID!) { case(id: $id) { id reference type departingResident { romajiName residenceCardNumber applicationPending } } }`;
const LIST = `{ cases(first: 100) { nodes { id reference departingResident { romajiName } } } }`;

describe('CSV intake of upcoming departures (per row, not all-or-nothing)', () => {
  let t: TestApp;
  let ko = '';
  const as = (u: string) => t.as(u);
  const gql = (u: string, q: string, v: Record<string, unknown> = {}) => t.gqlAs(u, q, v);
  const upload = async (u: string, csv: string, prefectureId?: string) => {
    const req = t.http().post('/departure-imports').set('authorization', `Bearer ${await as(u)}`);
    if (prefectureId) req.field('prefectureId', prefectureId);
    return req.attach('file', Buffer.from(csv), 'departures.csv');
  };
  // Unique per run: the cards are ours alone.
  const n = String(Date.now() % 100_000_000).padStart(8, '0');
  const good = ['LE VAN CUONG', 'PHAM THI DUNG', 'HOANG VAN EM'];
  const goodCards = [`KA${n}AA`, `KA${n}AB`, `KA${n}AC`];
  const badName3 = 'BADROW THREE';
  const badCard3 = `K${n}12345`; // 14 characters, not two letters / eight digits / two letters
  const badName5 = 'BADROW FIVE';
  const badDob5 = '2031-07-07'; // after the expiry

  beforeAll(async () => {
    t = await startTestApp();
    ko = (await t.dataSource.query(`SELECT prefecture_id::text AS p FROM agencies WHERE code = 'ko-police-hq'`))[0].p;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('files the 3 good rows of 5, reports exactly lines 3 and 5 without their values; police of the prefecture see the cases', async () => {
    const csv = [
      HEADER,
      `${good[0]},レ・ヴァン・クオン,1997-05-01,VN,技能実習,${goodCards[0]},2027-01-31,2027-02-10,甲県甲市北1-1,,`,
      `${badName3},,1995-03-03,VN,技能実習,${badCard3},2027-01-31,2027-02-10,甲県甲市北1-2,,`,
      `${good[1]},,1999-09-09,VN,特定技能,${goodCards[1]},2027-03-31,,甲県甲市北1-3,A-77,2027-03-01`,
      `${badName5},,${badDob5},VN,留学,KA${n}AD,2027-01-31,2027-02-10,甲県甲市北1-4,,`,
      `${good[2]},,2001-12-12,PH,留学,${goodCards[2]},2027-04-30,2027-04-20,"甲県甲市北1-5, 201",,`,
    ].join('\n');
    const res = await upload('immigration.liaison', csv, ko);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: 3, failedCount: 2, perRow: true });
    expect(res.body.failed).toEqual([
      { line: 3, reason: 'INVALID_RESIDENCE_CARD' },
      { line: 5, reason: 'AFTER_EXPIRY' },
    ]);
    expect(res.body.cases.map((c: { line: number }) => c.line)).toEqual([2, 4, 6]);
    for (const v of [badName3, badCard3, badName5, badDob5, `KA${n}AD`]) expect(res.text.includes(v)).toBe(false);

    const filed = await t.dataSource.query(
      `SELECT r.case_id::text AS id, r.residence_card_number AS card, c.owning_agency_id::text AS owner, a.code
         FROM departing_residents r JOIN cases c ON c.id = r.case_id JOIN agencies a ON a.id = c.owning_agency_id
        WHERE r.residence_card_number LIKE $1 ORDER BY r.residence_card_number`,
      [`KA${n}%`],
    );
    expect(filed.map((f: { card: string }) => f.card)).toEqual(goodCards);
    expect(filed.every((f: { code: string }) => f.code === 'ko-police-hq')).toBe(true);
    const ids = res.body.cases.map((c: { id: string }) => c.id).sort();
    expect(filed.map((f: { id: string }) => f.id).sort()).toEqual(ids);

    // The police of the prefecture (its HQ) and immigration (tasked) see them, with the pending application computed from its number.
    for (const u of ['hq.coordinator', 'immigration.liaison']) {
      const c = await gql(u, DETAIL, { id: res.body.cases[1].id });
      expect(c.body.errors).toBeUndefined();
      expect(c.body.data!.case).toMatchObject({ reference: res.body.cases[1].reference, departingResident: { romajiName: good[1], applicationPending: true } });
      const list = await gql(u, LIST);
      for (const name of good) expect(list.text.includes(name)).toBe(true);
    }
    // No bank or carrier is named: no institution is tasked; a station and another prefecture's users see nothing.
    for (const u of ['sakura.liaison', 'minato.manager', 'chuo.manager', 'kotel.liaison']) {
      for (const id of ids) expect((await gql(u, DETAIL, { id })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await gql(u, LIST);
      for (const name of good) expect({ u, name, found: list.text.includes(name) }).toEqual({ u, name, found: false });
    }
  });

  it('refuses a bank liaison (403) and files nothing', async () => {
    const csv = `${HEADER}\nNOBODY BANK,,1990-01-01,VN,技能実習,KB${n}AA,2027-01-31,,,,\n`;
    const res = await upload('sakura.liaison', csv, ko);
    expect(res.status).toBe(403);
    expect((await t.dataSource.query(`SELECT 1 FROM departing_residents WHERE residence_card_number = $1`, [`KB${n}AA`])).length).toBe(0);
  });

  it('refuses a file without the columns as a whole, at line 1', async () => {
    const res = await upload('immigration.liaison', 'name,card\nX,Y\n', ko);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ created: 0, cases: [], failed: [{ line: 1, reason: 'BAD_FILE' }], failedCount: 1 });
  });

  it('refuses immigration without a prefecture as a whole, with the departure reason in the body', async () => {
    const csv = `${HEADER}\nNO PREF,,1990-01-01,VN,技能実習,KP${n}AA,2027-01-31,,,,\n`;
    const res = await upload('immigration.liaison', csv);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPARTURE.NO_PREFECTURE' });
    expect(JSON.stringify(res.body)).not.toContain('NO PREF');
    expect((await t.dataSource.query(`SELECT 1 FROM departing_residents WHERE residence_card_number = $1`, [`KP${n}AA`])).length).toBe(0);
  });
});
