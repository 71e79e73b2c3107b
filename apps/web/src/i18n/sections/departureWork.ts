/** Catalogue section `t.departureWork` (spread into ja.ts). */

/** The CSV columns in Japanese (the reason codes name them in upper case: MISSING_ROMAJI_NAME…). */
const COLUMN_JA: Record<string, string> = {
  ROMAJI_NAME: '氏名（ローマ字）',
  KANA_NAME: '氏名（カナ）',
  DATE_OF_BIRTH: '生年月日',
  NATIONALITY: '国籍',
  STATUS_OF_RESIDENCE: '在留資格',
  RESIDENCE_CARD: '在留カード番号',
  RESIDENCE_CARD_NUMBER: '在留カード番号',
  RESIDENCE_EXPIRY: '在留期間満了日',
  PLANNED_DEPARTURE: '出国予定日',
  ADDRESS: '住所',
  APPLICATION_NUMBER: '申請番号',
  APPLICATION_DATE: '申請日',
  APPLICATION_PENDING: '申請中の区分',
  CONFIRMED_DEPARTURE: '出国確認日',
};

const REASON_JA: Record<string, string> = {
  BAD_FILE: 'ファイルを読み取れません。見出し行・必須の列・CSV の書式を確認してください（ファイル全体を登録していません）。',
  TOO_MANY_ROWS: '行数が上限（2,000行）を超えています（ファイル全体を登録していません）。',
  INVALID_RESIDENCE_CARD: '在留カード番号は英字2桁・数字8桁・英字2桁（例: AB12345678CD）で記入してください。',
  AFTER_EXPIRY: '生年月日が在留期間満了日と同じか、それより後になっています。',
  APPLICATION_WITHOUT_FLAG: '申請番号・申請日がありますが、application_pending が false です。',
  INVALID_APPLICATION_PENDING: 'application_pending は true / false（または空欄）で記入してください。',
  DUPLICATE: '同じ口座または電話番号が重複しています。',
  INVALID_ROW: 'この行は登録できませんでした。記入内容を確認してください。',
};

export const departureWork = {
  navFiled: '登録した事案',
  navFile: '帰国予定の登録',
  navImport: 'CSV一括登録',

  // The filing form, as immigration uses it.
  prefecture: '所管の都道府県警察（本人の住所地）',
  prefectureHint: '事案はこの都道府県の警察本部（推進室）が所管します。',
  prefectureRequired: '所管の都道府県警察を選択してください。',
  prefecturesMissing: '選択できる都道府県警察がありません。システム管理者に連絡してください。',
  immigrationNote: '入管の連絡事項（出国確認・再入国許可など）',
  immigrationIntro: '入管から登録する事案は、選択した都道府県の警察本部が所管します。口座・携帯電話契約は分かる場合だけ入力してください（入力した金融機関・通信事業者ごとに依頼が作成されます。登録後、入管には表示されません）。* は必須項目です。',
  immigrationNoteTooLong: '入管の連絡事項は2000文字以内で入力してください。',

  // The CSV intake page.
  import: {
    title: '帰国予定者の CSV 一括登録',
    intro: '帰国予定の在留外国人を CSV ファイルで一括登録します。行ごとに登録され、誤りのある行だけが登録されずに一覧で示されます（その他の行は登録されます）。',
    formatTitle: 'ファイルの形式',
    formatIntro: '1行目は見出し行（列名）です。列の順序は自由、列名の大文字・小文字は区別しません。文字コードは UTF-8、日付は YYYY-MM-DD、空欄は「なし」として扱います。口座・携帯電話契約は CSV では登録できません（分かっているときは1件ずつの登録画面を使ってください）。',
    column: '列名',
    meaning: '内容',
    requiredCol: '必須',
    required: '必須',
    optional: '任意',
    columns: [
      { name: 'romaji_name', label: '氏名（ローマ字）', required: true },
      { name: 'kana_name', label: '氏名（カナ）', required: false },
      { name: 'date_of_birth', label: '生年月日（YYYY-MM-DD）', required: true },
      { name: 'nationality', label: '国籍（英字2文字、例: VN）', required: false },
      { name: 'status_of_residence', label: '在留資格', required: false },
      { name: 'residence_card_number', label: '在留カード番号（例: AB12345678CD）', required: true },
      { name: 'residence_expiry', label: '在留期間満了日（YYYY-MM-DD）', required: true },
      { name: 'planned_departure', label: '出国予定日（YYYY-MM-DD）', required: false },
      { name: 'address', label: '住所（カンマを含むときは " で囲む）', required: false },
      { name: 'application_number', label: '在留期間更新等の申請番号（列は省略可）', required: false },
      { name: 'application_date', label: '申請日（YYYY-MM-DD、列は省略可）', required: false },
      { name: 'application_pending', label: '申請中か（true / false、列は省略可。申請番号か申請日があれば申請中）', required: false },
    ],
    columnNote: '必須の列: 見出し行には romaji_name から address までの9列が必要です（値の必須は上の表のとおり）。',
    example: '記入例',
    exampleText:
      'romaji_name,kana_name,date_of_birth,nationality,status_of_residence,residence_card_number,residence_expiry,planned_departure,address\nLE VAN CUONG,レ・ヴァン・クオン,1997-05-01,VN,技能実習,AB12345678CD,2027-01-31,2027-02-10,"甲県甲市北1-1, 201"',
    file: 'CSV ファイル',
    fileRequired: 'CSV ファイルを選択してください。',
    fileTooLarge: 'ファイルが大きすぎます。分割して登録してください。',
    submit: '取り込む',
    submitting: '取り込み中…',
    badRequest: 'ファイルまたは所管の都道府県警察を確認してください。',
    requestReason: {
      'DEPARTURE.NO_PREFECTURE': '所管の都道府県警察を選択してください。',
      'DEPARTURE.NO_HQ': '選択した都道府県には、利用中の警察本部がありません。',
      'DEPARTURE.NO_IMMIGRATION': '出入国在留管理局が登録されていないため、取り込めません。管理者に連絡してください。',
    } as Record<string, string>,
    resultTitle: '取り込み結果',
    summary: (created: number, failed: number) => `${created} 件を登録しました。登録できなかった行: ${failed} 件。`,
    filedTitle: '登録した事案',
    failedTitle: '登録できなかった行',
    line: '行番号',
    reason: '理由',
    caseRef: '事案番号',
    lineN: (n: number) => `${n} 行目`,
    noneFiled: '登録した事案はありません。',
    noneFailed: '誤りのある行はありません。',
    moreFailed: (shown: number, total: number) => `誤りのある行は ${total} 件です（先頭の ${shown} 件を表示）。`,
    noValues: '理由には記入された値を表示しません。行番号で元のファイルを確認してください。',
  },
  /** The Japanese reason of a refused CSV row (or file) from the server's code, never a value. */
  reason: (code: string): string => {
    if (REASON_JA[code]) return REASON_JA[code];
    const m = /^(MISSING|INVALID)_(.+)$/.exec(code);
    if (m && COLUMN_JA[m[2]]) return m[1] === 'MISSING' ? `${COLUMN_JA[m[2]]}が記入されていません。` : `${COLUMN_JA[m[2]]}の形式または長さが正しくありません。`;
    return `この行は登録できませんでした（${code}）。`;
  },

  // The notes on the case detail page.
  notes: {
    title: '連絡事項・リスク情報',
    immigrationTitle: '入管の連絡事項',
    riskTitle: '警察のリスク情報',
    none: 'まだありません。',
    notForYou: 'この情報は貴機関には表示されません。',
    addImmigration: '入管の連絡事項を追加',
    addRisk: 'リスク情報を追加',
    immigrationLabel: '入管の連絡事項（出国確認・再入国許可など）',
    riskLabel: '警察のリスク情報（口座売買の疑いなど）',
    immigrationHint: '警察（所管の警察署・警察本部）が閲覧できます。金融機関・通信事業者には表示されません。',
    riskHint: '警察だけが閲覧できます。入管・金融機関・通信事業者には表示されません。',
    bodyRequired: '内容を入力してください。',
    bodyTooLong: '内容は2000文字以内で入力してください。',
    submit: '追加する',
    submitting: '追加中…',
    added: '追加しました。',
  },
};
