import { Client } from 'pg';

/** What generateData added (counts of the generated cases and tasks, the showcase case). */
export interface GeneratedData {
  cases: number;
  tasks: number;
  seconds: number;
  /** 甲県, owned by 中央署: 20 accounts (10 at さくら銀行) and 20 phone contracts (scenario 3) */
  departureCaseId: string;
}

/**
 * The bench data generator (issue 8): on a migrated database holding the demo world, adds
 * `size.cases` cases of every type and about `size.tasks` tasks to every outside agency kind, with
 * their type rows, timelines, linked entities and open deadlines, in set-based SQL (INSERT …
 * SELECT over generate_series into temporary plan tables, never a round trip per row).
 *
 * The rows are what the services would have written: references `甲-2026-000123` numbered per
 * prefecture and JST year after the existing ones (case_sequences moved on), tasks with scope_refs
 * naming their type rows, type rows pointing at their tasks, one `task.due` deadline per open task
 * (warned / breached when its time has passed, so the worker's reconciler finds nothing to fire),
 * case events with the audiences the timeline rules read. The directory grows to 5 prefectures ×
 * 4 stations, 8 banks, 6 carriers, 2 immigration bureaus, a labour bureau per prefecture; 甲県
 * owns 40 % of the cases (中央署 the largest share). Random values are seeded: same input, same data.
 */
export async function generateData(
  databaseUrl: string,
  size: { cases: number; tasks: number },
  log: (m: string) => void,
): Promise<GeneratedData> {
  const t0 = Date.now();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`SET synchronous_commit = off`);
    await db.query(`SET work_mem = '256MB'`);
    await db.query(`SELECT setseed(0.4242)`);
    const step = async (name: string, sql: string, params: unknown[] = []): Promise<number> => {
      const t = Date.now();
      const res = await db.query(sql, params);
      const n = res.rowCount ?? 0;
      log(`generate: ${name}: ${n} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      return n;
    };

    const dir = await ensureDirectory(db, log);
    // Every reference is made by construction (test/bench/generate.spec.ts checks each foreign
    // key): skip the per-row foreign-key triggers while loading, when allowed (superuser). CHECK,
    // NOT NULL and unique constraints still hold every row.
    const fkOff = await db.query(`SET session_replication_role = replica`).then(() => true, () => false);
    log(`generate: foreign-key triggers ${fkOff ? 'off while loading' : 'on (not a superuser)'}`);
    const now = (await db.query<{ now: Date }>(`SELECT now() AS now`)).rows[0].now;

    // Per-type means of tasks per case, so that the total lands near size.tasks
    // (type shares 40 / 40 / 15 / 5 %; departures carry the most tasks, evidence requests none).
    const ratio = size.tasks / Math.max(1, size.cases);
    const base = ratio / (0.4 * 1.3 + 0.4 * 0.8 + 0.15 * 0.8);
    const mDep = 1.3 * base;
    const mRec = 0.8 * base;
    const mCf = 0.8 * base;
    const nb = dir.banks.length;
    const nc = dir.carriers.length;

    await db.query(`DROP TABLE IF EXISTS gen_cases, gen_tasks, gen_items`);
    // 1. the plan of the cases: type, owner, dates, state, number of tasks, reference.
    await step(
      'plan cases',
      `CREATE TEMP TABLE gen_cases AS
       WITH base AS (
         SELECT i, gen_random_uuid() AS id, random() AS r_type, random() AS r_closed, random() AS r_state, random() AS r_k,
                random() AS r_prio, 1 + floor(random() * $2)::int AS slot,
                $3::timestamptz - (730 * power(random(), 1.6)) * interval '1 day' AS filed_at,
                floor(random() * $4)::int AS ob, floor(random() * $5)::int AS oc, random() AS r1, random() AS r2, random() AS r3
           FROM generate_series(1, $1::int) AS i
       ), typed AS (
         SELECT b.*, s.prefecture_id, s.short_name, s.owner_id, s.filer_id, s.labour_id,
                CASE WHEN r_type < 0.40 THEN 'RECRUITMENT_POST' WHEN r_type < 0.80 THEN 'DEPARTING_RESIDENT'
                     WHEN r_type < 0.95 THEN 'CALL_FORWARDING_PROVIDER' ELSE 'FOREIGN_EVIDENCE_REQUEST' END AS type,
                extract(epoch FROM $3::timestamptz - b.filed_at) / 86400.0 AS age
           FROM base b
           JOIN unnest($6::int[], $7::uuid[], $8::text[], $9::uuid[], $10::uuid[], $11::uuid[])
                AS s(slot, prefecture_id, short_name, owner_id, filer_id, labour_id) ON s.slot = b.slot
       ), stated AS (
         SELECT t.*, r_closed < CASE WHEN age > 60 THEN 0.85 ELSE age / 60 * 0.3 END AS closed,
                extract(year FROM t.filed_at AT TIME ZONE 'Asia/Tokyo')::int AS yr
           FROM typed t
       ), planned AS (
         SELECT s.*,
                CASE WHEN closed THEN 'CLOSED' ELSE CASE type
                  WHEN 'RECRUITMENT_POST' THEN (ARRAY['DETECTED','TRIAGED','REMOVAL_REQUESTED','STILL_UP','REMOVED','INVESTIGATING'])[1 + floor(r_state * 6)::int]
                  WHEN 'FOREIGN_EVIDENCE_REQUEST' THEN (ARRAY['DRAFTED','HQ_APPROVED','SENT_TO_NPA','SENT_ABROAD','ACKNOWLEDGED','PARTIALLY_ANSWERED','ANSWERED'])[1 + floor(r_state * 7)::int]
                  ELSE (ARRAY['OPEN','IN_PROGRESS'])[1 + floor(r_state * 2)::int] END END AS state,
                CASE WHEN closed THEN s.filed_at + least(age, 5 + 55 * r1) * interval '1 day' END AS closed_at,
                CASE WHEN r_prio < 0.10 THEN 'LOW' WHEN r_prio < 0.75 THEN 'NORMAL' WHEN r_prio < 0.95 THEN 'HIGH' ELSE 'URGENT' END AS priority,
                (CASE type
                  WHEN 'DEPARTING_RESIDENT' THEN greatest(3, round($12 * (0.4 + 1.2 * r_k)))
                  WHEN 'RECRUITMENT_POST' THEN greatest(1, round($13 * (0.4 + 1.2 * r_k)))
                  WHEN 'CALL_FORWARDING_PROVIDER' THEN least(1 + $5, greatest(2, round($14 * (0.4 + 1.2 * r_k))))
                  ELSE 0 END)::int AS k
           FROM stated s
       )
       SELECT p.*,
              coalesce(p.closed_at, p.filed_at + p.age * p.r2 * interval '1 day') AS updated_at,
              p.short_name || '-' || p.yr || '-' || lpad((coalesce(q.last_value, 0)
                + row_number() OVER (PARTITION BY p.prefecture_id, p.yr ORDER BY p.filed_at, p.i))::text, 6, '0') AS reference,
              (ARRAY['NGUYEN','TRAN','LE','PHAM','SANTOS','REYES','SILVA','WANG','LI','ZHANG','GURUNG','THAPA','KHAN','SARI','WIN'])[1 + p.i % 15]
                || ' ' || (ARRAY['VAN AN','THI HOA','MINH','JOSE','MARIA','WEI','FANG','RAM','SITA','AHMED','PUTRI','AUNG'])[1 + (p.i / 15) % 12] AS person,
              (ARRAY['VN','PH','BR','CN','NP','PK','ID','MM','TH','LK'])[1 + p.i % 10] AS country,
              (ARRAY['X','Instagram','TikTok','Facebook','掲示板'])[1 + p.i % 5] AS platform
         FROM planned p
         LEFT JOIN case_sequences q ON q.prefecture_id = p.prefecture_id AND q.year = p.yr`,
      [size.cases, dir.slots.length, now, nb, nc, dir.slots.map((_, k) => k + 1), dir.slots.map((s) => s.prefectureId),
        dir.slots.map((s) => s.shortName), dir.slots.map((s) => s.ownerId), dir.slots.map((s) => s.filerId), dir.slots.map((s) => s.labourId),
        mDep, mRec, mCf],
    );
    await db.query(`ALTER TABLE gen_cases ADD PRIMARY KEY (id)`);

    // 2. the plan of the tasks: kind and agency from the case type, dates and state.
    await step(
      'plan tasks',
      `CREATE TEMP TABLE gen_tasks AS
       WITH slots AS (
         SELECT c.i, c.id AS case_id, c.type, c.closed, c.filed_at, c.prefecture_id, c.filer_id, c.labour_id, c.ob, c.oc, c.k, c.reference, j,
                greatest(1, floor((c.k - 1) * 0.4))::int AS c0
           FROM gen_cases c, generate_series(1, c.k) AS j
       ), kinds AS (
         SELECT s.*, CASE s.type
           WHEN 'DEPARTING_RESIDENT' THEN CASE WHEN j = 1 THEN 'DEPARTURE_IMMIGRATION_CONFIRMATION'
             WHEN j - 1 <= least($1, k - 1 - c0) THEN 'DEPARTURE_ACCOUNT_CHECK'
             WHEN j - 1 - least($1, k - 1 - c0) <= least($2, c0) THEN 'DEPARTURE_CONTRACT_CHECK' END
           WHEN 'RECRUITMENT_POST' THEN CASE WHEN j = 1 THEN 'LABOUR_REFERRAL' ELSE 'SUBSCRIBER_IDENTIFICATION' END
           WHEN 'CALL_FORWARDING_PROVIDER' THEN CASE WHEN j = 1 THEN 'REGULATOR_REFERRAL' ELSE 'SUSPENSION_REQUEST' END END AS kind
           FROM slots s
       ), timed AS (
         SELECT x.*, gen_random_uuid() AS task_id, x.filed_at + j * interval '1 minute' AS created_at,
                random() AS r_state, random() AS r_ans, random() AS r_m,
                CASE x.kind
                  WHEN 'DEPARTURE_IMMIGRATION_CONFIRMATION' THEN ($3::uuid[])[1 + x.i % cardinality($3::uuid[])]
                  WHEN 'DEPARTURE_ACCOUNT_CHECK' THEN ($4::uuid[])[1 + (x.ob + j) % $1]
                  WHEN 'LABOUR_REFERRAL' THEN x.labour_id
                  WHEN 'REGULATOR_REFERRAL' THEN $5::uuid
                  ELSE ($6::uuid[])[1 + (x.oc + j) % $2] END AS agency_id
           FROM kinds x WHERE x.kind IS NOT NULL
       ), dued AS (
         SELECT t.*, CASE WHEN t.kind IN ('LABOUR_REFERRAL','REGULATOR_REFERRAL') THEN NULL
                          ELSE t.created_at + (7 + floor(random() * 8)) * interval '1 day' END AS due_at
           FROM timed t
       )
       SELECT d.*,
              CASE WHEN d.closed THEN CASE WHEN r_state < 0.80 THEN 'ANSWERED' WHEN r_state < 0.88 THEN 'REJECTED' ELSE 'WITHDRAWN' END
                   WHEN d.due_at IS NULL OR d.due_at > $7::timestamptz THEN
                     CASE WHEN r_state < 0.45 THEN 'OPEN' WHEN r_state < 0.70 THEN 'ACKNOWLEDGED' WHEN r_state < 0.92 THEN 'ANSWERED'
                          WHEN r_state < 0.96 THEN 'REJECTED' ELSE 'WITHDRAWN' END
                   ELSE CASE WHEN r_state < 0.35 THEN 'OVERDUE' WHEN r_state < 0.85 THEN 'ANSWERED' WHEN r_state < 0.93 THEN 'REJECTED' ELSE 'WITHDRAWN' END
              END AS state
         FROM dued d`,
      [nb, nc, dir.immigration, dir.banks, dir.regulator, dir.carriers, now],
    );
    await db.query(
      `ALTER TABLE gen_tasks ADD COLUMN answered_at timestamptz, ADD COLUMN answered_by uuid, ADD COLUMN m int`,
    );
    await db.query(
      `UPDATE gen_tasks t SET
         answered_at = CASE WHEN t.state IN ('ANSWERED','REJECTED') THEN least($1::timestamptz,
           t.created_at + r_ans * 1.3 * (coalesce(t.due_at, t.created_at + interval '10 days') - t.created_at)) END,
         answered_by = CASE WHEN t.state IN ('ANSWERED','REJECTED') THEN u.user_id END,
         m = CASE t.kind WHEN 'DEPARTURE_ACCOUNT_CHECK' THEN 1 + (r_m < 0.3)::int WHEN 'DEPARTURE_CONTRACT_CHECK' THEN 1 + (r_m < 0.2)::int
               WHEN 'SUSPENSION_REQUEST' THEN 1 + floor(r_m * 3)::int WHEN 'SUBSCRIBER_IDENTIFICATION' THEN 1 ELSE 0 END
         FROM unnest($2::uuid[], $3::uuid[]) AS u(agency_id, user_id)
        WHERE u.agency_id = t.agency_id`,
      [now, dir.liaisonAgencies, dir.liaisonUsers],
    );
    await db.query(`ALTER TABLE gen_tasks ADD PRIMARY KEY (task_id)`);

    // 3. the type rows a task covers (accounts, contracts, numbers, contacts): ids first, for scope_refs.
    await step(
      'plan task items',
      `CREATE TEMP TABLE gen_items AS
       SELECT t.task_id, t.case_id, t.i, t.j, t.kind, t.agency_id, t.state, t.created_at, t.answered_at, t.answered_by, t.r_ans, g.n AS m,
              gen_random_uuid() AS item_id, random() AS r
         FROM gen_tasks t, generate_series(1, t.m) AS g(n)
        WHERE t.m > 0`,
    );
    await db.query(`CREATE INDEX ON gen_items (task_id, m)`);
    await db.query(`ANALYZE gen_cases`);
    await db.query(`ANALYZE gen_tasks`);
    await db.query(`ANALYZE gen_items`);

    // 4. the cases and the tasks
    const cases = await step(
      'cases',
      `INSERT INTO cases (id, reference, type, state, priority, title, prefecture_id, owning_agency_id, filed_by, filed_at, closed_at, updated_at, version)
       SELECT id, reference, type, state, priority,
              CASE type WHEN 'RECRUITMENT_POST' THEN '犯罪実行者募集情報（' || platform || '）'
                        WHEN 'DEPARTING_RESIDENT' THEN '帰国予定の在留外国人（' || person || '）'
                        WHEN 'CALL_FORWARDING_PROVIDER' THEN '悪質な電話転送サービス事業者 合同会社ライン転送' || i
                        ELSE '外国捜査機関への証拠提供要請（' || country || '）' END,
              prefecture_id, owner_id, filer_id, filed_at, closed_at, updated_at,
              CASE WHEN state IN ('OPEN','DETECTED','DRAFTED') THEN 1 ELSE 2 + floor(r3 * 3)::int END
         FROM gen_cases ORDER BY filed_at`,
    );
    await step(
      'case_sequences',
      `INSERT INTO case_sequences (prefecture_id, year, last_value)
       SELECT prefecture_id, yr, max(substring(reference FROM '[0-9]+$')::int) FROM gen_cases GROUP BY prefecture_id, yr
       ON CONFLICT (prefecture_id, year) DO UPDATE SET last_value = greatest(case_sequences.last_value, EXCLUDED.last_value)`,
    );
    const tasks = await step(
      'tasks',
      `INSERT INTO tasks (id, case_id, agency_id, kind, request, legal_basis, scope_refs, due_at, state, answer, answered_by, answered_at,
                          rejection_reason, created_by, created_at, updated_at, version, case_type, case_prefecture_id, case_owning_agency_id)
       SELECT t.task_id, t.case_id, t.agency_id, t.kind,
              CASE t.kind
                WHEN 'DEPARTURE_ACCOUNT_CHECK' THEN '帰国予定の在留外国人名義の口座（' || t.m || '件）について、口座ごとに状態（該当なし／通常／出金制限／凍結／解約）と根拠・日付をご回答ください。'
                WHEN 'DEPARTURE_CONTRACT_CHECK' THEN '帰国予定の在留外国人名義の携帯電話契約（' || t.m || '件）について、契約ごとに状態（該当なし／通常／利用制限／停止／解約）と根拠・日付をご回答ください。'
                WHEN 'DEPARTURE_IMMIGRATION_CONFIRMATION' THEN '出国（予定・確認）の状況と再入国許可の有無をご連絡ください。'
                WHEN 'LABOUR_REFERRAL' THEN '犯罪実行者募集情報について職業安定法第63条に基づく通報'
                WHEN 'SUBSCRIBER_IDENTIFICATION' THEN '電話番号 ' || '+8190' || lpad(((t.i * 64 + t.j * 4 + 1) % 100000000)::text, 8, '0') || ' の契約者（加入者）情報の照会'
                WHEN 'SUSPENSION_REQUEST' THEN '利用停止等要請（' || t.m || '件）。番号ごとに結果（停止日／拒否の理由／自社の番号ではない）と契約者（卸先を含む）をご回答ください。'
                ELSE '電話転送サービス事業者の番号が特殊詐欺に使用されたため、犯罪収益移転防止法に基づく監督上の措置をご検討ください。' END,
              CASE t.kind
                WHEN 'DEPARTURE_ACCOUNT_CHECK' THEN '犯罪収益移転防止法第4条第2項・第5条（在留期間満了後の口座利用）'
                WHEN 'DEPARTURE_CONTRACT_CHECK' THEN '携帯音声通信事業者による契約者等の本人確認等及び携帯音声通信役務の不正な利用の防止に関する法律'
                WHEN 'DEPARTURE_IMMIGRATION_CONFIRMATION' THEN '出入国管理及び難民認定法'
                WHEN 'LABOUR_REFERRAL' THEN '職業安定法第63条'
                WHEN 'SUBSCRIBER_IDENTIFICATION' THEN '刑事訴訟法第197条第2項（捜査関係事項照会）'
                WHEN 'SUSPENSION_REQUEST' THEN '固定電話番号・050番号の利用停止等スキーム'
                ELSE '犯罪収益移転防止法（特定事業者: 電話転送サービス事業者）' END,
              coalesce(refs.ids, '{}'),
              t.due_at, t.state,
              CASE WHEN t.state = 'ANSWERED' THEN '照会事項について回答します。詳細は各行の回答欄のとおり。' END,
              t.answered_by, t.answered_at,
              CASE WHEN t.state = 'REJECTED' THEN '照会の根拠が不足しているため回答できません。' END,
              t.filer_id, t.created_at,
              coalesce(t.answered_at, CASE WHEN t.state = 'OPEN' THEN t.created_at ELSE least($1::timestamptz, t.created_at + interval '1 day') END),
              CASE t.state WHEN 'OPEN' THEN 1 WHEN 'ACKNOWLEDGED' THEN 2 WHEN 'OVERDUE' THEN 2 ELSE 3 END,
              -- the case's values, which the trigger would copy were triggers not off while loading
              gc.type, gc.prefecture_id, gc.owner_id
         FROM gen_tasks t
         JOIN gen_cases gc ON gc.id = t.case_id
         LEFT JOIN (SELECT x.task_id, array_agg(x.item_id::text ORDER BY x.m) AS ids FROM gen_items x GROUP BY x.task_id) refs ON refs.task_id = t.task_id
        ORDER BY t.created_at`,
      [now],
    );

    // 5. the type rows
    await step(
      'recruitment_posts',
      `INSERT INTO recruitment_posts (case_id, platform, url, url_normalized, text, posted_at, captured_at, matched_keywords, risk_score,
                                      poster_handle, source_channel, tip_receipt_number, filed_by_agency_id, labour_referral_status,
                                      suspect_identity, created_at, updated_at, version)
       SELECT c.id, c.platform, 'https://' || u.url, u.url,
              (ARRAY['【即日即金】荷物を運ぶだけで日給5万円 ホワイト案件 詳しくはDMで', '高収入 楽で簡単 書類運搬のお仕事 全国で募集 Telegramで連絡',
                     '受け取りだけの簡単なバイト 低リスク 即日即金', 'ドライバー募集 高額 詳しくはDMで シグナル'])[1 + c.i % 4],
              c.filed_at - interval '2 days', c.filed_at,
              (ARRAY['{即日即金,日給5万円,荷物を運ぶ,ホワイト案件,詳しくはDMで}', '{高収入,楽で簡単,書類運搬,全国で募集,Telegram}',
                     '{受け取り,低リスク,即日即金}', '{ドライバー,高額,詳しくはDMで,シグナル}'])[1 + c.i % 4]::text[],
              (ARRAY[95, 65, 45, 40])[1 + c.i % 4], '@job_' || c.i,
              (ARRAY['CYBER_PATROL','PUBLIC_REPORT','ANONYMOUS_TIP','LABOUR_BUREAU'])[1 + c.i % 4],
              CASE WHEN c.i % 4 = 2 THEN 'T-' || to_char(c.filed_at, 'YYYYMMDD') || '-' || lpad((c.i % 10000)::text, 4, '0') END,
              c.owner_id,
              CASE lt.state WHEN 'ANSWERED' THEN 'ACTION_TAKEN' WHEN 'ACKNOWLEDGED' THEN 'UNDER_REVIEW' WHEN 'REJECTED' THEN 'NO_ACTION' ELSE 'REFERRED' END,
              CASE WHEN c.state = 'INVESTIGATING' THEN '氏名不詳（' || c.i || '）' END,
              c.filed_at, c.updated_at, 1
         FROM gen_cases c
         CROSS JOIN LATERAL (SELECT lower(replace(c.platform, '掲示板', 'bbs')) || '.example.com/gen' || $1::text || '_' || c.i || '/status/' || (1790000000000000000 + c.i) AS url) u
         LEFT JOIN gen_tasks lt ON lt.case_id = c.id AND lt.kind = 'LABOUR_REFERRAL'
        WHERE c.type = 'RECRUITMENT_POST'`,
      [dir.runTag],
    );
    await step(
      'recruitment_contacts',
      `INSERT INTO recruitment_contacts (id, case_id, kind, value, messenger_service, carrier_agency_id, created_at)
       SELECT x.item_id, x.case_id, 'PHONE', '+8190' || lpad(((x.i * 64 + x.j * 4 + x.m) % 100000000)::text, 8, '0'), NULL, x.agency_id, x.created_at
         FROM gen_items x WHERE x.kind = 'SUBSCRIBER_IDENTIFICATION'
       UNION ALL
       SELECT gen_random_uuid(), c.id, 'MESSENGER', '@recruit_' || c.i, (ARRAY['Telegram','Signal'])[1 + c.i % 2], NULL, c.filed_at
         FROM gen_cases c WHERE c.type = 'RECRUITMENT_POST' AND c.r1 < 0.4`,
    );
    await step(
      'recruitment_takedowns',
      `INSERT INTO recruitment_takedowns (case_id, kind, channel, template_id, result, reference, occurred_at, recheck_due_at, created_by, created_at)
       SELECT c.id, 'REMOVAL_REQUEST', (ARRAY['PLATFORM','IHC'])[1 + c.i % 2], NULL, NULL, NULL, c.filed_at + interval '1 day',
              c.filed_at + interval '8 days', c.filer_id, c.filed_at + interval '1 day'
         FROM gen_cases c WHERE c.type = 'RECRUITMENT_POST' AND c.state IN ('REMOVAL_REQUESTED','STILL_UP','REMOVED','INVESTIGATING','CLOSED')
       UNION ALL
       SELECT c.id, 'RESULT', NULL, NULL, CASE WHEN c.state = 'STILL_UP' THEN 'STILL_UP' ELSE 'REMOVED' END, NULL, c.filed_at + interval '8 days',
              NULL, c.filer_id, c.filed_at + interval '8 days'
         FROM gen_cases c WHERE c.type = 'RECRUITMENT_POST' AND c.state IN ('STILL_UP','REMOVED','CLOSED') AND c.filed_at < $1::timestamptz - interval '8 days'`,
      [now],
    );
    await step(
      'departing_residents',
      `INSERT INTO departing_residents (case_id, romaji_name, kana_name, date_of_birth, residence_card_number, nationality, status_of_residence,
                                        address, residence_expiry, planned_departure, confirmed_departure, created_at, updated_at, version)
       SELECT c.id, c.person, NULL, date '1975-01-01' + (c.i * 37 % 10000), 'GN' || lpad((c.i % 100000000)::text, 8, '0') || 'XQ', c.country,
              (ARRAY['技能実習','特定技能','留学','技術・人文知識・国際業務','家族滞在'])[1 + c.i % 5],
              c.short_name || '県' || c.short_name || '市中央' || (1 + c.i % 9) || '-' || (1 + c.i % 30) || '-' || (1 + c.i % 20),
              (c.filed_at + (20 + c.i % 40) * interval '1 day')::date, (c.filed_at + (25 + c.i % 40) * interval '1 day')::date,
              CASE WHEN c.closed THEN (c.filed_at + (26 + c.i % 40) * interval '1 day')::date END,
              c.filed_at, c.updated_at, 1
         FROM gen_cases c WHERE c.type = 'DEPARTING_RESIDENT'`,
    );
    const answered = `CASE WHEN x.state = 'ANSWERED' THEN`;
    await step(
      'departure_accounts',
      `INSERT INTO departure_accounts (id, case_id, resident_id, bank_agency_id, branch_name, account_type, account_number, holder_kana, task_id,
                                       status, legal_basis, status_on, answered_by, answered_at, created_at, updated_at)
       SELECT x.item_id, x.case_id, r.id, x.agency_id, (ARRAY['本店','駅前支店','中央支店','北支店','南支店'])[1 + (x.i + x.m) % 5],
              (ARRAY['ORDINARY','ORDINARY','ORDINARY','SAVINGS','CURRENT'])[1 + x.m % 5], lpad(((x.i * 131 + x.j * 7 + x.m) % 10000000)::text, 7, '0'),
              NULL, x.task_id,
              ${answered} (ARRAY['NORMAL','WITHDRAWALS_RESTRICTED','FROZEN','CLOSED','NOT_HELD'])[1 + floor(x.r * 5)::int] END,
              ${answered} '犯罪収益移転防止法第4条第2項' END, ${answered} x.answered_at::date END,
              ${answered} x.answered_by END, ${answered} x.answered_at END, x.created_at, coalesce(x.answered_at, x.created_at)
         FROM gen_items x JOIN departing_residents r ON r.case_id = x.case_id
        WHERE x.kind = 'DEPARTURE_ACCOUNT_CHECK'`,
    );
    await step(
      'departure_contracts',
      `INSERT INTO departure_contracts (id, case_id, resident_id, carrier_agency_id, number, contract_type, task_id,
                                        status, legal_basis, status_on, answered_by, answered_at, created_at, updated_at)
       SELECT x.item_id, x.case_id, r.id, x.agency_id, '+8180' || lpad(((x.i * 64 + x.j * 4 + x.m) % 100000000)::text, 8, '0'),
              (ARRAY['VOICE','VOICE','DATA_ONLY','PREPAID'])[1 + (x.i + x.m) % 4], x.task_id,
              ${answered} (ARRAY['NORMAL','WITHDRAWALS_RESTRICTED','FROZEN','CLOSED','NOT_HELD'])[1 + floor(x.r * 5)::int] END,
              ${answered} '携帯電話不正利用防止法第11条' END, ${answered} x.answered_at::date END,
              ${answered} x.answered_by END, ${answered} x.answered_at END, x.created_at, coalesce(x.answered_at, x.created_at)
         FROM gen_items x JOIN departing_residents r ON r.case_id = x.case_id
        WHERE x.kind = 'DEPARTURE_CONTRACT_CHECK'`,
    );
    await step(
      'departure_notes',
      `INSERT INTO departure_notes (case_id, kind, body, author_id, created_at)
       SELECT c.id, 'POLICE_RISK', 'SNSで口座売買を持ち掛けられていた疑い', c.filer_id, c.filed_at
         FROM gen_cases c WHERE c.type = 'DEPARTING_RESIDENT' AND c.r1 < 0.3
       UNION ALL
       SELECT t.case_id, 'IMMIGRATION', (ARRAY['再入国許可なし','出国確認済み','在留期間更新申請中'])[1 + t.i % 3], t.answered_by, t.answered_at
         FROM gen_tasks t WHERE t.kind = 'DEPARTURE_IMMIGRATION_CONFIRMATION' AND t.state = 'ANSWERED'`,
    );
    await step(
      'forwarding_providers',
      `INSERT INTO forwarding_providers (case_id, name, corporate_number, corporate_number_valid, address, representative, service_name, created_at, updated_at)
       SELECT c.id, '合同会社ライン転送' || c.i, lpad((8010400000000 + c.i)::text, 13, '0'), true,
              '東京都千代田区神田' || (1 + c.i % 9) || '-' || (1 + c.i % 20), '代表 ' || c.person, 'ライン転送' || c.i, c.filed_at, c.updated_at
         FROM gen_cases c WHERE c.type = 'CALL_FORWARDING_PROVIDER'`,
    );
    await step(
      'forwarding_numbers',
      `INSERT INTO forwarding_numbers (id, case_id, provider_id, number, number_type, carrier_agency_id, usage, requested_at, suspension_task_id,
                                       result, result_reason, suspended_on, contract_holder, answered_by, answered_at, created_at, updated_at)
       SELECT x.item_id, x.case_id, p.id,
              CASE WHEN x.m % 2 = 1 THEN '+8135' || lpad(((x.i * 64 + x.j * 4 + x.m) % 100000000)::text, 8, '0')
                   ELSE '+8150' || lpad(((x.i * 64 + x.j * 4 + x.m) % 100000000)::text, 8, '0') END,
              CASE WHEN x.m % 2 = 1 THEN 'FIXED' ELSE 'IP_050' END, x.agency_id,
              CASE WHEN x.m = 1 THEN 'FRAUD_USED' ELSE 'STOCK' END, x.created_at, x.task_id,
              ${answered} CASE WHEN x.r < 0.8 THEN 'SUSPENDED' WHEN x.r < 0.9 THEN 'NOT_OURS' ELSE 'REFUSED' END END,
              ${answered} CASE WHEN x.r >= 0.9 THEN '契約約款上の停止事由に当たらない' END END,
              ${answered} CASE WHEN x.r < 0.8 THEN x.answered_at::date END END,
              ${answered} '卸先 株式会社テレコム' || (x.i % 50) END,
              ${answered} x.answered_by END, ${answered} x.answered_at END, x.created_at, coalesce(x.answered_at, x.created_at)
         FROM gen_items x JOIN forwarding_providers p ON p.case_id = x.case_id
        WHERE x.kind = 'SUSPENSION_REQUEST'`,
    );
    await step(
      'forwarding_damages',
      `INSERT INTO forwarding_damages (case_id, fraud_case_reference, amount_yen, victim_name, created_at)
       SELECT c.id, c.reference || '-F', 100000 * (1 + c.i % 80), '被害者 ' || c.i, c.filed_at
         FROM gen_cases c WHERE c.type = 'CALL_FORWARDING_PROVIDER' AND c.r1 < 0.6`,
    );
    await step(
      'regulator_referrals',
      `INSERT INTO regulator_referrals (case_id, regulator_agency_id, task_id, request, referred_by, referred_at, supervisory_action, action_taken_on,
                                        reported_by, reported_at, updated_at)
       SELECT t.case_id, t.agency_id, t.task_id,
              '電話転送サービス事業者の番号が特殊詐欺に使用されたため、犯罪収益移転防止法に基づく監督上の措置をご検討ください。',
              t.filer_id, t.created_at,
              CASE WHEN t.state = 'ANSWERED' THEN '報告徴収及び是正命令' END, CASE WHEN t.state = 'ANSWERED' THEN t.answered_at::date END,
              CASE WHEN t.state = 'ANSWERED' THEN t.answered_by END, CASE WHEN t.state = 'ANSWERED' THEN t.answered_at END,
              coalesce(t.answered_at, t.created_at)
         FROM gen_tasks t WHERE t.kind = 'REGULATOR_REFERRAL'`,
    );
    await step(
      'evidence_requests',
      `INSERT INTO evidence_requests (case_id, channel, country, foreign_authority, offence, legal_basis, dual_criminality, requested_items,
                                      indispensability, translation_status, conditions_on_use, urgency, drafted_at, hq_approved_at,
                                      sent_to_npa_at, sent_abroad_at, acknowledged_at, partially_answered_at, answered_at, closed_at,
                                      received_evidence, received_at, created_at, updated_at)
       SELECT c.id, (ARRAY['ICPO','TREATY','DIPLOMATIC','PRESERVATION_24_7'])[1 + c.i % 4], c.country, c.country || ' 捜査当局',
              '詐欺（刑法第246条）', CASE WHEN c.i % 4 = 1 THEN '刑事共助条約' END, 'SATISFIED',
              '加入者情報及び通信履歴（Telegram ID: @boss_' || c.i || '）', '国内の捜査手段では入手できない。',
              (ARRAY['PENDING','IN_PROGRESS','DONE','NOT_NEEDED'])[1 + c.i % 4], '要請に係る事件の捜査及び公判に限る。',
              (ARRAY['NORMAL','NORMAL','URGENT','IMMEDIATE'])[1 + c.i % 4], c.filed_at,
              CASE WHEN s.n >= 2 THEN c.filed_at + interval '2 days' END, CASE WHEN s.n >= 3 THEN c.filed_at + interval '4 days' END,
              CASE WHEN s.n >= 4 THEN c.filed_at + interval '7 days' END, CASE WHEN s.n >= 5 THEN c.filed_at + interval '10 days' END,
              CASE WHEN s.n >= 6 THEN c.filed_at + interval '20 days' END, CASE WHEN s.n >= 7 THEN c.filed_at + interval '30 days' END,
              c.closed_at, CASE WHEN s.n >= 6 THEN '通信履歴（一部）' END, CASE WHEN s.n >= 6 THEN c.filed_at + interval '20 days' END,
              c.filed_at, c.updated_at
         FROM gen_cases c
         CROSS JOIN LATERAL (SELECT array_position(ARRAY['DRAFTED','HQ_APPROVED','SENT_TO_NPA','SENT_ABROAD','ACKNOWLEDGED','PARTIALLY_ANSWERED','ANSWERED','CLOSED'], c.state) AS n) s
        WHERE c.type = 'FOREIGN_EVIDENCE_REQUEST'`,
    );

    // 6. timelines, linked entities, open deadlines, assignees
    await step(
      'case_events',
      `INSERT INTO case_events (case_id, occurred_at, actor_user_id, type, audience, audience_agency_id, task_id, data)
       SELECT e.case_id, e.occurred_at, e.actor, e.type, e.audience, e.audience_agency_id, e.task_id, e.data FROM (
         SELECT c.id AS case_id, c.filed_at AS occurred_at, c.filer_id AS actor, 'case.filed' AS type, 'POLICE' AS audience, NULL::uuid AS audience_agency_id,
                NULL::uuid AS task_id, jsonb_build_object('state', CASE c.type WHEN 'RECRUITMENT_POST' THEN 'DETECTED' WHEN 'FOREIGN_EVIDENCE_REQUEST' THEN 'DRAFTED' ELSE 'OPEN' END) AS data
           FROM gen_cases c
         UNION ALL
         SELECT t.case_id, t.created_at, t.filer_id, 'task.created', 'AGENCY', t.agency_id, t.task_id, jsonb_build_object('kind', t.kind) FROM gen_tasks t
         UNION ALL
         SELECT t.case_id, coalesce(t.answered_at, t.due_at, t.created_at + interval '1 day'), CASE WHEN t.state IN ('OVERDUE','WITHDRAWN') THEN NULL ELSE t.answered_by END,
                'task.' || lower(t.state), 'AGENCY', t.agency_id, t.task_id,
                jsonb_build_object('from', CASE WHEN t.state = 'OVERDUE' THEN 'OPEN' ELSE 'ACKNOWLEDGED' END, 'to', t.state)
           FROM gen_tasks t WHERE t.state <> 'OPEN'
         UNION ALL
         SELECT c.id, c.updated_at, c.filer_id, 'case.transitioned', 'ALL_PARTIES', NULL, NULL, jsonb_build_object('to', c.state)
           FROM gen_cases c WHERE c.state NOT IN ('OPEN','DETECTED','DRAFTED')
       ) e`,
    );
    await step(
      'case_entities',
      `INSERT INTO case_entities (case_id, kind, normalized, created_at)
       SELECT c.id, 'URL', p.url_normalized, c.filed_at FROM gen_cases c JOIN recruitment_posts p ON p.case_id = c.id
       UNION ALL
       SELECT k.case_id, 'PHONE', k.value, k.created_at FROM recruitment_contacts k JOIN gen_cases c ON c.id = k.case_id WHERE k.kind = 'PHONE'
       UNION ALL
       SELECT n.case_id, 'PHONE', n.number, n.created_at FROM forwarding_numbers n JOIN gen_cases c ON c.id = n.case_id
       UNION ALL
       SELECT r.case_id, 'RESIDENCE_CARD', r.residence_card_number, r.created_at FROM departing_residents r JOIN gen_cases c ON c.id = r.case_id
       UNION ALL
       SELECT r.case_id, 'PERSON', r.romaji_name || '|' || r.date_of_birth, r.created_at FROM departing_residents r JOIN gen_cases c ON c.id = r.case_id
       ON CONFLICT DO NOTHING`,
    );
    await step(
      'deadlines',
      `INSERT INTO deadlines (kind, subject_type, subject_id, prefecture_id, due_at, warn_at, state, warned_at, breached_at, escalated_at, created_at, updated_at)
       SELECT 'task.due', 'Task', t.task_id, t.prefecture_id, t.due_at, t.due_at - interval '1 day',
              CASE WHEN t.state = 'OVERDUE' THEN 'breached' WHEN t.due_at - interval '1 day' <= $1::timestamptz THEN 'warned' ELSE 'pending' END,
              CASE WHEN t.state = 'OVERDUE' OR t.due_at - interval '1 day' <= $1::timestamptz THEN t.due_at - interval '1 day' END,
              CASE WHEN t.state = 'OVERDUE' THEN t.due_at END, CASE WHEN t.state = 'OVERDUE' THEN t.due_at END,
              t.created_at, least($1::timestamptz, coalesce(CASE WHEN t.state = 'OVERDUE' THEN t.due_at END, t.created_at))
         FROM gen_tasks t WHERE t.state IN ('OPEN','ACKNOWLEDGED','OVERDUE') AND t.due_at IS NOT NULL`,
      [now],
    );
    await step(
      'case_assignees',
      `INSERT INTO case_assignees (case_id, user_id, assigned_at)
       SELECT c.id, c.filer_id, c.filed_at FROM gen_cases c WHERE c.r2 < 0.5`,
    );

    if (fkOff) await db.query(`SET session_replication_role = origin`);
    // 7. the showcase departure case of scenario 3
    const show = await showcase(db, dir, log);
    const departureCaseId = show.caseId;
    const totalTasks = tasks + show.tasks;

    await db.query(`DROP TABLE IF EXISTS gen_cases, gen_tasks, gen_items`);
    const ta = Date.now();
    // As autovacuum would leave a table in steady use: statistics, and the visibility map that
    // index-only scans (the dashboard's counts) rely on.
    await db.query(`VACUUM (ANALYZE)`);
    log(`generate: VACUUM ANALYZE in ${((Date.now() - ta) / 1000).toFixed(1)} s`);
    const seconds = Math.round((Date.now() - t0) / 100) / 10;
    log(`generate: ${cases + 1} cases, ${totalTasks} tasks in ${seconds} s`);
    return { cases: cases + 1, tasks: totalTasks, seconds, departureCaseId };
  } finally {
    await db.end();
  }
}

interface Directory {
  /** 100 owner slots: a case picks one (prefecture shares 40/15/15/15/15, in each the first station 40 %) */
  slots: { prefectureId: string; shortName: string; ownerId: string; filerId: string; labourId: string }[];
  banks: string[];
  carriers: string[];
  immigration: string[];
  regulator: string;
  /** the user who answers for each outside agency */
  liaisonAgencies: string[];
  liaisonUsers: string[];
  sakura: string;
  chuo: string;
  chuoManager: string;
  ko: string;
  runTag: string;
}

const NEW_PREFECTURES = [
  { code: 'hei', name: '丙県', short: '丙' },
  { code: 'tei', name: '丁県', short: '丁' },
  { code: 'bo', name: '戊県', short: '戊' },
];
/** four stations per prefecture; the demo ones first */
const STATIONS: Record<string, [string, string][]> = {
  ko: [['ko-chuo-station', '甲県中央警察署'], ['ko-minato-station', '甲県港警察署'], ['ko-kita-station', '甲県北警察署'], ['ko-minami-station', '甲県南警察署']],
  otsu: [['otsu-kita-station', '乙県北警察署'], ['otsu-chuo-station', '乙県中央警察署'], ['otsu-higashi-station', '乙県東警察署'], ['otsu-nishi-station', '乙県西警察署']],
};
for (const p of NEW_PREFECTURES) {
  STATIONS[p.code] = [['chuo', '中央'], ['kita', '北'], ['minami', '南'], ['higashi', '東']].map(([c, n]) => [`${p.code}-${c}-station`, `${p.name}${n}警察署`]);
}
const BANKS: [string, string][] = [
  ['sakura-bank', 'さくら銀行'], ['midori-bank', 'みどり銀行'], ['aoba-bank', 'あおば銀行'], ['hikari-bank', 'ひかり銀行'],
  ['tsubame-bank', 'つばめ銀行'], ['minami-bank', 'みなみ銀行'], ['kaede-shinkin', 'かえで信用金庫'], ['hoshi-shinkin', 'ほし信用金庫'],
];
const CARRIERS: [string, string][] = [
  ['kotel', '甲テレコム'], ['otsu-mobile', '乙モバイル'], ['hei-net', '丙ネット'], ['tei-comm', '丁コミュニケーションズ'], ['bo-mobile', '戊モバイル'], ['sora-ip', 'そらIP電話'],
];

/** Adds the prefectures, police, outside agencies and one user per new agency (idempotently). */
async function ensureDirectory(db: Client, log: (m: string) => void): Promise<Directory> {
  const t = Date.now();
  for (const p of NEW_PREFECTURES) {
    await db.query(`INSERT INTO prefectures (code, name, short_name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [p.code, p.name, p.short]);
  }
  const prefs = (await db.query<{ id: string; code: string; short_name: string; name: string }>(`SELECT id, code, short_name, name FROM prefectures`)).rows;
  const pref = (code: string) => {
    const p = prefs.find((x) => x.code === code);
    if (!p) throw new Error(`prefecture ${code} is missing (is the demo world loaded?)`);
    return p;
  };
  const agency = async (code: string, kind: string, name: string, prefectureId: string | null, parentId: string | null): Promise<string> => {
    await db.query(
      `INSERT INTO agencies (code, kind, name, prefecture_id, parent_agency_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [code, kind, name, prefectureId, parentId],
    );
    return (await db.query<{ id: string }>(`SELECT id FROM agencies WHERE code = $1`, [code])).rows[0].id;
  };
  const hash = (await db.query<{ h: string }>(`SELECT password_hash AS h FROM users WHERE username = 'chuo.manager' UNION ALL SELECT password_hash FROM users LIMIT 1`)).rows[0]?.h;
  if (!hash) throw new Error('no users: is the demo world loaded?');
  /** the agency's user of this role (the first by name), created when it has none */
  const user = async (agencyId: string, code: string, role: string, suffix: string, display: string): Promise<string> => {
    const found = await db.query<{ id: string }>(`SELECT id FROM users WHERE agency_id = $1 AND role = $2 AND active ORDER BY username LIMIT 1`, [agencyId, role]);
    if (found.rows[0]) return found.rows[0].id;
    const made = await db.query<{ id: string }>(
      `INSERT INTO users (username, display_name, password_hash, agency_id, role) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [`${code}.${suffix}`, display, hash, agencyId, role],
    );
    return made.rows[0].id;
  };

  const prefectureShares: [string, number][] = [['ko', 40], ['otsu', 15], ...NEW_PREFECTURES.map((p): [string, number] => [p.code, 15])];
  const slots: Directory['slots'] = [];
  let chuo = '';
  let chuoManager = '';
  for (const [code, share] of prefectureShares) {
    const p = pref(code);
    const hqName = `${p.name}警察本部`;
    const hq = await agency(`${code}-police-hq`, 'POLICE_HQ', hqName, p.id, null);
    await user(hq, `${code}-police-hq`, 'hq.coordinator', 'coordinator', `${hqName} 推進室`);
    const labour = await agency(`${code}-labour-bureau`, 'LABOUR_BUREAU', `${p.short_name}労働局`, p.id, null);
    const stations: { id: string; filer: string }[] = [];
    for (const [scode, sname] of STATIONS[code]) {
      const id = await agency(scode, 'POLICE_STATION', sname, p.id, hq);
      stations.push({ id, filer: await user(id, scode, 'station.manager', 'manager', `${sname} 運用責任者`) });
    }
    if (code === 'ko') {
      chuo = stations[0].id;
      chuoManager = stations[0].filer;
    }
    // the first station 40 % of the prefecture's cases, the other three 20 % each
    const perStation = [0.4, 0.2, 0.2, 0.2].map((f) => Math.round(share * f));
    perStation.forEach((n, k) => {
      for (let s = 0; s < n; s++) slots.push({ prefectureId: p.id, shortName: p.short_name, ownerId: stations[k].id, filerId: stations[k].filer, labourId: labour });
    });
  }
  const liaisonAgencies: string[] = [];
  const liaisonUsers: string[] = [];
  const outside = async (code: string, kind: string, name: string, prefectureId: string | null = null): Promise<string> => {
    const id = await agency(code, kind, name, prefectureId, null);
    liaisonAgencies.push(id);
    liaisonUsers.push(await user(id, code, 'liaison', 'liaison', `${name} 連絡担当者`));
    return id;
  };
  const banks: string[] = [];
  for (const [code, name] of BANKS) banks.push(await outside(code, 'FINANCIAL_INSTITUTION', name));
  const carriers: string[] = [];
  for (const [code, name] of CARRIERS) carriers.push(await outside(code, 'CARRIER', name));
  const immigration = [await outside('tokyo-immigration', 'IMMIGRATION', '東京出入国在留管理局'), await outside('osaka-immigration', 'IMMIGRATION', '大阪出入国在留管理局')];
  const regulator = await outside('mic-telecom-bureau', 'REGULATOR', '総務省 総合通信基盤局');
  for (const [code] of prefectureShares) {
    const p = pref(code);
    await outside(`${code}-labour-bureau`, 'LABOUR_BUREAU', `${p.short_name}労働局`, p.id);
  }
  log(`generate: directory: ${prefs.length} prefectures, ${banks.length} banks, ${carriers.length} carriers in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return {
    slots, banks, carriers, immigration, regulator, liaisonAgencies, liaisonUsers, sakura: banks[0], chuo, chuoManager, ko: pref('ko').id,
    runTag: Date.now().toString(36),
  };
}

/**
 * Scenario 3's case: a departing resident in 甲県 owned by 中央署 with 20 accounts (10 at さくら銀行,
 * 10 at four other banks) and 20 phone contracts at four carriers, a task per bank and carrier
 * (さくら銀行's open, due in 5 days) and one to immigration.
 */
async function showcase(db: Client, dir: Directory, log: (m: string) => void): Promise<{ caseId: string; tasks: number }> {
  const t = Date.now();
  await db.query('BEGIN');
  try {
    const seq = await db.query<{ reference: string }>(
      `INSERT INTO case_sequences (prefecture_id, year, last_value) VALUES ($1, extract(year FROM now() AT TIME ZONE 'Asia/Tokyo')::int, 1)
       ON CONFLICT (prefecture_id, year) DO UPDATE SET last_value = case_sequences.last_value + 1
       RETURNING (SELECT short_name FROM prefectures WHERE id = $1) || '-' || year || '-' || lpad(last_value::text, 6, '0') AS reference`,
      [dir.ko],
    );
    const caseId = (
      await db.query<{ id: string }>(
        `INSERT INTO cases (reference, type, state, priority, title, prefecture_id, owning_agency_id, filed_by, filed_at, updated_at, version)
         VALUES ($1, 'DEPARTING_RESIDENT', 'IN_PROGRESS', 'HIGH', '帰国予定の在留外国人（TRAN VAN BENCH）', $2, $3, $4, now() - interval '3 days', now() - interval '1 day', 2)
         RETURNING id`,
        [seq.rows[0].reference, dir.ko, dir.chuo, dir.chuoManager],
      )
    ).rows[0].id;
    const residentId = (
      await db.query<{ id: string }>(
        `INSERT INTO departing_residents (case_id, romaji_name, kana_name, date_of_birth, residence_card_number, nationality, status_of_residence, address,
                                          residence_expiry, planned_departure, created_at, updated_at)
         VALUES ($1, 'TRAN VAN BENCH', 'チャン・ヴァン・ベンチ', '1996-07-01', 'BZ20262026QX', 'VN', '特定技能', '甲県甲市中央2-3-4 コーポ甲 305',
                 (now() + interval '20 days')::date, (now() + interval '25 days')::date, now() - interval '3 days', now() - interval '3 days')
         RETURNING id`,
        [caseId],
      )
    ).rows[0].id;
    // agencies: さくら銀行 (10 accounts) and 4 other banks (2-3 each), 4 carriers (5 contracts each), immigration
    const banks = [dir.banks[0], ...dir.banks.slice(1, 5)];
    const carriers = dir.carriers.slice(0, 4);
    const tasks = await db.query<{ id: string; agency_id: string; kind: string }>(
      `INSERT INTO tasks (case_id, agency_id, kind, request, legal_basis, due_at, state, created_by, created_at, updated_at)
       SELECT $1::uuid, a.agency_id, a.kind, a.request, a.legal_basis, now() + interval '5 days', 'OPEN', $2, now() - interval '3 days', now() - interval '3 days'
         FROM (SELECT unnest($3::uuid[]) AS agency_id, 'DEPARTURE_ACCOUNT_CHECK' AS kind,
                      '帰国予定の在留外国人名義の口座について、口座ごとに状態（該当なし／通常／出金制限／凍結／解約）と根拠・日付をご回答ください。' AS request,
                      '犯罪収益移転防止法第4条第2項・第5条（在留期間満了後の口座利用）' AS legal_basis
               UNION ALL
               SELECT unnest($4::uuid[]), 'DEPARTURE_CONTRACT_CHECK',
                      '帰国予定の在留外国人名義の携帯電話契約について、契約ごとに状態（該当なし／通常／利用制限／停止／解約）と根拠・日付をご回答ください。',
                      '携帯音声通信事業者による契約者等の本人確認等及び携帯音声通信役務の不正な利用の防止に関する法律'
               UNION ALL
               SELECT $5::uuid, 'DEPARTURE_IMMIGRATION_CONFIRMATION', '出国（予定・確認）の状況と再入国許可の有無をご連絡ください。', '出入国管理及び難民認定法') a
       RETURNING id, agency_id, kind`,
      [caseId, dir.chuoManager, banks, carriers, dir.immigration[0]],
    );
    const taskOf = (agencyId: string) => tasks.rows.find((r) => r.agency_id === agencyId)!.id;
    // accounts 1..10 at さくら銀行, 11..20 over the other four banks
    const accountBanks = Array.from({ length: 20 }, (_, k) => (k < 10 ? banks[0] : banks[1 + (k % 4)]));
    await db.query(
      `INSERT INTO departure_accounts (case_id, resident_id, bank_agency_id, branch_name, account_type, account_number, holder_kana, task_id, created_at, updated_at)
       SELECT $1::uuid, $2::uuid, b.bank, (ARRAY['本店','駅前支店','中央支店','北支店'])[1 + b.k % 4], 'ORDINARY', lpad((7300000 + b.k * 1117)::text, 7, '0'),
              'チャン ヴァン ベンチ', b.task, now() - interval '3 days', now() - interval '3 days'
         FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS b(bank, task, k)`,
      [caseId, residentId, accountBanks, accountBanks.map(taskOf)],
    );
    const contractCarriers = Array.from({ length: 20 }, (_, k) => carriers[k % 4]);
    await db.query(
      `INSERT INTO departure_contracts (case_id, resident_id, carrier_agency_id, number, contract_type, task_id, created_at, updated_at)
       SELECT $1::uuid, $2::uuid, c.carrier, '+8190' || lpad((20260000 + c.k)::text, 8, '0'), 'VOICE', c.task, now() - interval '3 days', now() - interval '3 days'
         FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS c(carrier, task, k)`,
      [caseId, residentId, contractCarriers, contractCarriers.map(taskOf)],
    );
    // scope_refs: the rows each task covers
    await db.query(
      `UPDATE tasks t SET scope_refs = coalesce((SELECT array_agg(a.id::text ORDER BY a.seq) FROM departure_accounts a WHERE a.task_id = t.id), '{}')
                                     || coalesce((SELECT array_agg(c.id::text ORDER BY c.seq) FROM departure_contracts c WHERE c.task_id = t.id), '{}')
        WHERE t.case_id = $1`,
      [caseId],
    );
    await db.query(
      `INSERT INTO case_events (case_id, occurred_at, actor_user_id, type, audience, audience_agency_id, task_id, data)
       SELECT $1::uuid, now() - interval '3 days', $2::uuid, 'case.filed', 'POLICE', NULL, NULL, '{"state":"OPEN"}'::jsonb
       UNION ALL
       SELECT $1::uuid, t.created_at, $2::uuid, 'task.created', 'AGENCY', t.agency_id, t.id, jsonb_build_object('kind', t.kind) FROM tasks t WHERE t.case_id = $1
       UNION ALL
       SELECT $1::uuid, now() - interval '1 day', $2::uuid, 'case.transitioned', 'ALL_PARTIES', NULL, NULL, '{"from":"OPEN","to":"IN_PROGRESS","transition":"start"}'::jsonb`,
      [caseId, dir.chuoManager],
    );
    await db.query(
      `INSERT INTO deadlines (kind, subject_type, subject_id, prefecture_id, due_at, warn_at, state, created_at, updated_at)
       SELECT 'task.due', 'Task', t.id, $2::uuid, t.due_at, t.due_at - interval '1 day', 'pending', t.created_at, t.created_at FROM tasks t WHERE t.case_id = $1`,
      [caseId, dir.ko],
    );
    await db.query(
      `INSERT INTO case_entities (case_id, kind, normalized, created_at)
       VALUES ($1, 'RESIDENCE_CARD', 'BZ20262026QX', now()), ($1, 'PERSON', 'TRAN VAN BENCH|1996-07-01', now())`,
      [caseId],
    );
    await db.query('COMMIT');
    log(`generate: showcase departure case ${seq.rows[0].reference} (${tasks.rowCount} tasks, 20 accounts, 20 contracts) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return { caseId, tasks: tasks.rowCount ?? 0 };
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
