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
