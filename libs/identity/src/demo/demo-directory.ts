import { AgencyKind, Role, UnitKind } from '@renkei/core';

/** The demo world's directory (spec/DEMO.md). Every name is fictional. */
export const DEMO_PASSWORD = 'renkei-demo-2026';

export const DEMO_PREFECTURES = [
  { code: 'ko', name: '甲県', shortName: '甲' },
  { code: 'otsu', name: '乙県', shortName: '乙' },
];

export interface DemoAgency {
  code: string;
  kind: AgencyKind;
  name: string;
  prefecture?: string;
  parent?: string;
  units?: { code: string; kind: UnitKind; name: string }[];
}

export const DEMO_AGENCIES: DemoAgency[] = [
  { code: 'npa', kind: AgencyKind.NPA, name: '警察庁', units: [{ code: 'soshikihan1', kind: UnitKind.SECTION, name: '組織犯罪対策第一課' }] },
  {
    code: 'ko-police-hq', kind: AgencyKind.POLICE_HQ, name: '甲県警察本部', prefecture: 'ko',
    units: [
      { code: 'task-force-hq', kind: UnitKind.TASK_FORCE_HQ, name: '在留外国人安全確保総合対策推進本部' },
      { code: 'coordination-office', kind: UnitKind.COORDINATION_OFFICE, name: '推進室（組織犯罪対策課）' },
      { code: 'inspection', kind: UnitKind.INSPECTION, name: '監察' },
    ],
  },
  { code: 'ko-chuo-station', kind: AgencyKind.POLICE_STATION, name: '甲県中央警察署', prefecture: 'ko', parent: 'ko-police-hq' },
  { code: 'ko-minato-station', kind: AgencyKind.POLICE_STATION, name: '甲県港警察署', prefecture: 'ko', parent: 'ko-police-hq' },
  {
    code: 'otsu-police-hq', kind: AgencyKind.POLICE_HQ, name: '乙県警察本部', prefecture: 'otsu',
    units: [{ code: 'coordination-office', kind: UnitKind.COORDINATION_OFFICE, name: '推進室（組織犯罪対策課）' }],
  },
  // no demo users: its approved activity report (libs/reports demo) gives 乙県 totals of its own
  { code: 'otsu-kita-station', kind: AgencyKind.POLICE_STATION, name: '乙県北警察署', prefecture: 'otsu', parent: 'otsu-police-hq' },
  { code: 'tokyo-immigration', kind: AgencyKind.IMMIGRATION, name: '東京出入国在留管理局' },
  { code: 'ko-labour-bureau', kind: AgencyKind.LABOUR_BUREAU, name: '甲労働局', prefecture: 'ko' },
  { code: 'sakura-bank', kind: AgencyKind.FINANCIAL_INSTITUTION, name: 'さくら銀行' },
  { code: 'midori-bank', kind: AgencyKind.FINANCIAL_INSTITUTION, name: 'みどり銀行' },
  { code: 'kotel', kind: AgencyKind.CARRIER, name: '甲テレコム' },
  { code: 'otsu-mobile', kind: AgencyKind.CARRIER, name: '乙モバイル' },
  { code: 'mic-telecom-bureau', kind: AgencyKind.REGULATOR, name: '総務省 総合通信基盤局' },
  { code: 'tipline-operator', kind: AgencyKind.TIPLINE_OPERATOR, name: '匿名通報ダイヤル受託者' },
  { code: 'system', kind: AgencyKind.SYSTEM, name: 'システム管理' },
];

export interface DemoUser {
  username: string;
  displayName: string;
  agency: string;
  unit?: string;
  role: Role;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'npa.tipdesk', displayName: '警察庁 主管課 担当', agency: 'npa', unit: 'soshikihan1', role: Role.NPA_TIPDESK },
  { username: 'hq.director', displayName: '甲県 推進本部長', agency: 'ko-police-hq', unit: 'task-force-hq', role: Role.HQ_DIRECTOR },
  { username: 'hq.coordinator', displayName: '甲県 推進室 室員', agency: 'ko-police-hq', unit: 'coordination-office', role: Role.HQ_COORDINATOR },
  { username: 'chuo.manager', displayName: '中央署 運用責任者', agency: 'ko-chuo-station', role: Role.STATION_MANAGER },
  { username: 'chuo.supervisor', displayName: '中央署 統括責任者（副署長）', agency: 'ko-chuo-station', role: Role.STATION_SUPERVISOR },
  { username: 'chuo.investigator', displayName: '中央署 捜査員', agency: 'ko-chuo-station', role: Role.STATION_INVESTIGATOR },
  { username: 'minato.manager', displayName: '港署 運用責任者', agency: 'ko-minato-station', role: Role.STATION_MANAGER },
  { username: 'otsu.coordinator', displayName: '乙県 推進室 室員', agency: 'otsu-police-hq', unit: 'coordination-office', role: Role.HQ_COORDINATOR },
  { username: 'immigration.liaison', displayName: '東京入管 連絡担当', agency: 'tokyo-immigration', role: Role.LIAISON },
  { username: 'labour.liaison', displayName: '甲労働局 連絡担当', agency: 'ko-labour-bureau', role: Role.LIAISON },
  { username: 'sakura.liaison', displayName: 'さくら銀行 連絡担当', agency: 'sakura-bank', role: Role.LIAISON },
  { username: 'midori.liaison', displayName: 'みどり銀行 連絡担当', agency: 'midori-bank', role: Role.LIAISON },
  { username: 'kotel.liaison', displayName: '甲テレコム 連絡担当', agency: 'kotel', role: Role.LIAISON },
  { username: 'otsumobile.liaison', displayName: '乙モバイル 連絡担当', agency: 'otsu-mobile', role: Role.LIAISON },
  { username: 'regulator.liaison', displayName: '総務省 連絡担当', agency: 'mic-telecom-bureau', role: Role.LIAISON },
  { username: 'tipline.receiver', displayName: '匿名通報ダイヤル 受付者', agency: 'tipline-operator', role: Role.TIPLINE_RECEIVER },
  { username: 'auditor', displayName: '甲県警察本部 監察', agency: 'ko-police-hq', unit: 'inspection', role: Role.AUDITOR },
  { username: 'admin', displayName: 'システム管理者', agency: 'system', role: Role.ADMIN },
];
