/**
 * The one glossary of the code: every Japanese term with its English identifier
 * (spec/DOMAIN.md and spec/VISIBILITY.md). Add to it when a new term comes up.
 */

export enum AgencyKind {
  /** 警察庁 */
  NPA = 'NPA',
  /** 警察本部 (推進本部 / 推進室) */
  POLICE_HQ = 'POLICE_HQ',
  /** 警察署 */
  POLICE_STATION = 'POLICE_STATION',
  /** 出入国在留管理庁・地方出入国在留管理局 */
  IMMIGRATION = 'IMMIGRATION',
  /** 都道府県労働局 */
  LABOUR_BUREAU = 'LABOUR_BUREAU',
  /** 金融機関 */
  FINANCIAL_INSTITUTION = 'FINANCIAL_INSTITUTION',
  /** 電気通信事業者 */
  CARRIER = 'CARRIER',
  /** 総務省 (電気通信事業の監督) */
  REGULATOR = 'REGULATOR',
  /** 匿名通報事業の受託者 */
  TIPLINE_OPERATOR = 'TIPLINE_OPERATOR',
  /** the operator of the system itself (admin accounts) */
  SYSTEM = 'SYSTEM',
}

export const AGENCY_KIND_JA: Record<AgencyKind, string> = {
  [AgencyKind.NPA]: '警察庁',
  [AgencyKind.POLICE_HQ]: '警察本部',
  [AgencyKind.POLICE_STATION]: '警察署',
  [AgencyKind.IMMIGRATION]: '出入国在留管理局',
  [AgencyKind.LABOUR_BUREAU]: '労働局',
  [AgencyKind.FINANCIAL_INSTITUTION]: '金融機関',
  [AgencyKind.CARRIER]: '電気通信事業者',
  [AgencyKind.REGULATOR]: '総務省',
  [AgencyKind.TIPLINE_OPERATOR]: '匿名通報事業受託者',
  [AgencyKind.SYSTEM]: 'システム管理',
};

export enum Role {
  /** 推進本部 本部長・副本部長・委員 */
  HQ_DIRECTOR = 'hq.director',
  /** 推進室 室員・運営責任者・国際捜査室 */
  HQ_COORDINATOR = 'hq.coordinator',
  /** 警察署 運用責任者 (operationsManager) */
  STATION_MANAGER = 'station.manager',
  /** 警察署 統括責任者 (supervisingOfficer, 副署長) */
  STATION_SUPERVISOR = 'station.supervisor',
  /** 警察署 捜査員 */
  STATION_INVESTIGATOR = 'station.investigator',
  /** 警察庁 主管課 (匿名通報) */
  NPA_TIPDESK = 'npa.tipdesk',
  /** 受託者 受付者 */
  TIPLINE_RECEIVER = 'tipline.receiver',
  /** the liaison officer of an outside agency */
  LIAISON = 'liaison',
  /** 監察 */
  AUDITOR = 'auditor',
  /** system administrator */
  ADMIN = 'admin',
}

export const ROLE_JA: Record<Role, string> = {
  [Role.HQ_DIRECTOR]: '推進本部（本部長・副本部長・委員）',
  [Role.HQ_COORDINATOR]: '推進室',
  [Role.STATION_MANAGER]: '運用責任者',
  [Role.STATION_SUPERVISOR]: '統括責任者',
  [Role.STATION_INVESTIGATOR]: '捜査員',
  [Role.NPA_TIPDESK]: '警察庁 主管課',
  [Role.TIPLINE_RECEIVER]: '匿名通報 受付者',
  [Role.LIAISON]: '連絡担当者',
  [Role.AUDITOR]: '監察',
  [Role.ADMIN]: 'システム管理者',
};

/** Which agency kinds a role may be held in: a role outside its kinds is refused at assignment. */
export const ROLE_AGENCY_KINDS: Record<Role, AgencyKind[]> = {
  [Role.HQ_DIRECTOR]: [AgencyKind.POLICE_HQ],
  [Role.HQ_COORDINATOR]: [AgencyKind.POLICE_HQ],
  [Role.STATION_MANAGER]: [AgencyKind.POLICE_STATION],
  [Role.STATION_SUPERVISOR]: [AgencyKind.POLICE_STATION],
  [Role.STATION_INVESTIGATOR]: [AgencyKind.POLICE_STATION],
  [Role.NPA_TIPDESK]: [AgencyKind.NPA],
  [Role.TIPLINE_RECEIVER]: [AgencyKind.TIPLINE_OPERATOR],
  [Role.LIAISON]: [
    AgencyKind.IMMIGRATION,
    AgencyKind.LABOUR_BUREAU,
    AgencyKind.FINANCIAL_INSTITUTION,
    AgencyKind.CARRIER,
    AgencyKind.REGULATOR,
  ],
  [Role.AUDITOR]: [AgencyKind.POLICE_HQ, AgencyKind.NPA],
  [Role.ADMIN]: [AgencyKind.SYSTEM],
};

/** Unit kinds inside an agency. 推進本部 / 推進室 per the glossary. */
export enum UnitKind {
  /** 在留外国人安全確保総合対策推進本部 */
  TASK_FORCE_HQ = 'TASK_FORCE_HQ',
  /** 推進室 (組織犯罪対策課, 国際捜査室) */
  COORDINATION_OFFICE = 'COORDINATION_OFFICE',
  /** 監察 */
  INSPECTION = 'INSPECTION',
  /** any other section (課, 係) */
  SECTION = 'SECTION',
}

/** 匿名通報の対象事案 (seed 003 第3条, 別表1〜9): the category the tipster or receiver chooses. */
export enum TipCategory {
  /** 別表1 暴力団・匿名流動型犯罪グループが関与する犯罪等 */
  ORGANIZED_CRIME = 'ORGANIZED_CRIME',
  /** 別表2 薬物事犯 */
  DRUGS = 'DRUGS',
  /** 別表3 拳銃事犯 */
  FIREARMS = 'FIREARMS',
  /** 別表4 特殊詐欺 */
  SPECIAL_FRAUD = 'SPECIAL_FRAUD',
  /** 別表5 少年福祉犯罪 */
  JUVENILE_WELFARE = 'JUVENILE_WELFARE',
  /** 児童虐待事案 */
  CHILD_ABUSE = 'CHILD_ABUSE',
  /** 別表6 人身取引事犯等 */
  HUMAN_TRAFFICKING = 'HUMAN_TRAFFICKING',
  /** 別表7 オンラインカジノ賭博事犯 */
  ONLINE_CASINO = 'ONLINE_CASINO',
  /** 別表8 犯罪インフラ */
  CRIME_INFRASTRUCTURE = 'CRIME_INFRASTRUCTURE',
}

export const TIP_CATEGORY_JA: Record<TipCategory, string> = {
  [TipCategory.ORGANIZED_CRIME]: '暴力団・匿名流動型犯罪グループが関与する犯罪等',
  [TipCategory.DRUGS]: '薬物事犯',
  [TipCategory.FIREARMS]: '拳銃事犯',
  [TipCategory.SPECIAL_FRAUD]: '特殊詐欺',
  [TipCategory.JUVENILE_WELFARE]: '少年福祉犯罪',
  [TipCategory.CHILD_ABUSE]: '児童虐待事案',
  [TipCategory.HUMAN_TRAFFICKING]: '人身取引事犯等',
  [TipCategory.ONLINE_CASINO]: 'オンラインカジノ賭博事犯',
  [TipCategory.CRIME_INFRASTRUCTURE]: '犯罪インフラ',
};

/** 受付方法: 電話 (受付者が記録) / インターネット (通報フォーム). */
export enum TipChannel {
  PHONE = 'PHONE',
  WEB = 'WEB',
}

/** 対象事案情報 / 参考情報: 警察庁主管課 decides (seed 003 第5条第5項). */
export enum TipClassification {
  TARGET = 'TARGET',
  REFERENCE = 'REFERENCE',
}

/** 情報料の支払方法 (seed 003 第10条第4項): 現金交付 / 口座振込 / 現金郵送. */
export enum RewardPaymentMethod {
  CASH = 'CASH',
  TRANSFER = 'TRANSFER',
  POST = 'POST',
}

/** 施策実施報告の施策 (seed 004 / DOMAIN.md "The people and their day"). */
export enum ActivityKind {
  /** やさしい日本語による広報啓発 */
  OUTREACH = 'OUTREACH',
  /** 通訳を伴う警ら・巡回連絡 */
  INTERPRETER_PATROL = 'INTERPRETER_PATROL',
  /** 合同パトロール */
  JOINT_PATROL = 'JOINT_PATROL',
  /** 外国人コミュニティの実態把握 */
  FACT_FINDING = 'FACT_FINDING',
  /** 悪質ブローカー等の取締り */
  BROKER_CRACKDOWN = 'BROKER_CRACKDOWN',
  /** 関係機関との連携 */
  AGENCY_COOPERATION = 'AGENCY_COOPERATION',
}

export const ACTIVITY_KIND_JA: Record<ActivityKind, string> = {
  [ActivityKind.OUTREACH]: 'やさしい日本語による広報啓発',
  [ActivityKind.INTERPRETER_PATROL]: '通訳を伴うパトロール',
  [ActivityKind.JOINT_PATROL]: '合同パトロール',
  [ActivityKind.FACT_FINDING]: '実態把握',
  [ActivityKind.BROKER_CRACKDOWN]: '悪質ブローカー等の取締り',
  [ActivityKind.AGENCY_COOPERATION]: '関係機関との連携',
};
