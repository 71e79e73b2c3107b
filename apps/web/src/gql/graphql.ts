/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** OUTREACH やさしい日本語による広報啓発 / INTERPRETER_PATROL 通訳を伴うパトロール / JOINT_PATROL 合同パトロール / FACT_FINDING 実態把握 / BROKER_CRACKDOWN 悪質ブローカー等の取締り / AGENCY_COOPERATION 関係機関との連携 */
export type ActivityKind =
  | 'AGENCY_COOPERATION'
  | 'BROKER_CRACKDOWN'
  | 'FACT_FINDING'
  | 'INTERPRETER_PATROL'
  | 'JOINT_PATROL'
  | 'OUTREACH';

export type ActivityReportChangesInput = {
  /** 実施日（YYYY-MM-DD） */
  activityDate?: string | null | undefined;
  arrests?: number | null | undefined;
  foreignResidentsReached?: number | null | undefined;
  inspections?: number | null | undefined;
  interpreters?: number | null | undefined;
  kind?: ActivityKind | null | undefined;
  languages?: Array<string> | null | undefined;
  notes?: string | null | undefined;
  participants?: number | null | undefined;
  partnerAgencies?: Array<string> | null | undefined;
  place?: string | null | undefined;
};

export type ActivityReportFilterInput = {
  /** 実施日の始め（YYYY-MM-DD, 含む） */
  from?: string | null | undefined;
  kind?: ActivityKind | null | undefined;
  state?: ActivityReportState | null | undefined;
  /** 警察署 */
  stationAgencyId?: string | number | null | undefined;
  /** 実施日の終わり（YYYY-MM-DD, 含む） */
  to?: string | null | undefined;
};

/** STATION 警察署別 / KIND 施策別 / MONTH 月別（日本時間） */
export type ActivityReportGroupBy =
  | 'KIND'
  | 'MONTH'
  | 'STATION';

/** DRAFT 作成中 / SUBMITTED 提出済み / APPROVED 承認済み / RETURNED 差戻し */
export type ActivityReportState =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type ActivityReportVersionInput = {
  id: string | number;
  /** 見ていた報告の版 */
  version: number;
};

export type AddCommentInput = {
  audience: Audience;
  audienceAgencyId?: string | number | null | undefined;
  body: string;
  caseId: string | number;
};

export type AddDepartureNoteInput = {
  body: string;
  caseId: string | number;
};

/** 組織の種別 */
export type AgencyKind =
  | 'CARRIER'
  | 'FINANCIAL_INSTITUTION'
  | 'IMMIGRATION'
  | 'LABOUR_BUREAU'
  | 'NPA'
  | 'POLICE_HQ'
  | 'POLICE_STATION'
  | 'REGULATOR'
  | 'SYSTEM'
  | 'TIPLINE_OPERATOR';

export type AnswerDepartureRowInput = {
  /** 口座または契約の id */
  id: string | number;
  /** 根拠（例: 犯収法第4条第2項、振り込め詐欺救済法第3条） */
  legalBasis: string;
  status: DepartureRowStatus;
  /** YYYY-MM-DD */
  statusOn: string;
  version: number;
};

export type AnswerSuspensionInput = {
  /** 契約者（卸先を含む） */
  contractHolder?: string | null | undefined;
  numberId: string | number;
  /** REFUSED: 理由 */
  reason?: string | null | undefined;
  result: SuspensionResult;
  /** SUSPENDED: 停止日 (YYYY-MM-DD) */
  suspendedOn?: string | null | undefined;
  version: number;
};

export type AnswerTaskInput = {
  /** 回答 */
  answer: string;
  taskId: string | number;
  version: number;
};

export type AssignCaseInput = {
  caseId: string | number;
  /** 担当捜査員（空で担当なし） */
  userIds: Array<string | number>;
  version: number;
};

/** POLICE 警察のみ / ALL_PARTIES 全関係機関 / AGENCY 指定機関と警察 */
export type Audience =
  | 'AGENCY'
  | 'ALL_PARTIES'
  | 'POLICE';

export type AuditFilterInput = {
  action?: string | null | undefined;
  actorUserId?: string | null | undefined;
  subjectId?: string | null | undefined;
  subjectType?: string | null | undefined;
};

export type CaseFilterInput = {
  /** この機関に未回答の依頼がある事案 */
  agencyWithOpenTasks?: string | number | null | undefined;
  filedFrom?: string | null | undefined;
  filedTo?: string | null | undefined;
  /** 期限切れの依頼がある事案 */
  overdue?: boolean | null | undefined;
  states?: Array<string> | null | undefined;
  /** 閲覧できる項目（事件番号・件名）の中を検索 */
  text?: string | null | undefined;
  types?: Array<string> | null | undefined;
};

/** 優先度 */
export type CasePriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type CaseSortDirection =
  | 'ASC'
  | 'DESC';

export type CaseSortField =
  | 'FILED_AT'
  | 'PRIORITY'
  | 'REFERENCE'
  | 'STATE'
  | 'TITLE'
  | 'UPDATED_AT';

export type CaseSortInput = {
  direction?: CaseSortDirection;
  field: CaseSortField;
};

export type ClassifyTipInput = {
  classification: TipClassification;
  tipId: string | number;
  /** 見ていた通報の版 */
  version: number;
};

export type CreateActivityReportInput = {
  /** 実施日（日本時間の暦日 YYYY-MM-DD。未来の日付は不可） */
  activityDate: string;
  /** 検挙人員（取締り） */
  arrests?: number | null | undefined;
  /** 対象となった在留外国人の数 */
  foreignResidentsReached?: number | null | undefined;
  /** 立入り・実態把握の件数（取締り等） */
  inspections?: number | null | undefined;
  /** 通訳官・通訳人の数 */
  interpreters?: number | null | undefined;
  /** 施策の種別 */
  kind: ActivityKind;
  /** 使用した言語（やさしい日本語を含む） */
  languages?: Array<string> | null | undefined;
  /** 備考 */
  notes?: string | null | undefined;
  /** 参加者数（警察職員・協力者を含む） */
  participants?: number | null | undefined;
  /** 連携した関係機関等（自由記述） */
  partnerAgencies?: Array<string> | null | undefined;
  /** 実施場所 */
  place: string;
};

export type CreateTaskInput = {
  /** 依頼先の機関 */
  agencyId: string | number;
  caseId: string | number;
  dueAt?: string | null | undefined;
  kind: string;
  /** 根拠法令 */
  legalBasis?: string | null | undefined;
  /** 依頼内容 */
  request: string;
  /** 依頼が対象とする行（口座・番号など） */
  scopeRefs?: Array<string> | null | undefined;
};

export type DecideTipRewardInput = {
  /** 情報料（円、上限100万円） */
  amount: number;
  tipId: string | number;
  version: number;
};

export type DepartureAccountInput = {
  accountNumber: string;
  accountType: DepartureAccountType;
  bankAgencyId: string | number;
  /** 支店 */
  branchName: string;
  holderKana?: string | null | undefined;
};

/** ORDINARY 普通 / CURRENT 当座 / SAVINGS 貯蓄 */
export type DepartureAccountType =
  | 'CURRENT'
  | 'ORDINARY'
  | 'SAVINGS';

export type DepartureContractInput = {
  carrierAgencyId: string | number;
  contractType?: DepartureContractType | null | undefined;
  /** 電話番号（例: 090-4815-1623） */
  number: string;
};

/** VOICE 音声 / DATA_ONLY データ専用 / PREPAID プリペイド */
export type DepartureContractType =
  | 'DATA_ONLY'
  | 'PREPAID'
  | 'VOICE';

export type DeparturePersonInput = {
  address?: string | null | undefined;
  /** YYYY-MM-DD */
  applicationDate?: string | null | undefined;
  applicationNumber?: string | null | undefined;
  /** 在留期間更新等の申請中（特例期間は計算される） */
  applicationPending?: boolean | null | undefined;
  /** 出国確認日 YYYY-MM-DD */
  confirmedDeparture?: string | null | undefined;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** 氏名（カナ） */
  kanaName?: string | null | undefined;
  /** 国籍（ISO 3166-1 alpha-2） */
  nationality?: string | null | undefined;
  /** 出国予定日 YYYY-MM-DD */
  plannedDeparture?: string | null | undefined;
  /** 在留カード番号（英字2桁・数字8桁・英字2桁） */
  residenceCardNumber: string;
  /** 在留期間満了日 YYYY-MM-DD */
  residenceExpiry: string;
  /** 氏名（ローマ字） */
  romajiName: string;
  /** 在留資格 */
  statusOfResidence?: string | null | undefined;
};

/** NOT_HELD 該当なし / NORMAL 通常 / WITHDRAWALS_RESTRICTED 出金（利用）制限 / FROZEN 凍結（停止） / CLOSED 解約 */
export type DepartureRowStatus =
  | 'CLOSED'
  | 'FROZEN'
  | 'NORMAL'
  | 'NOT_HELD'
  | 'WITHDRAWALS_RESTRICTED';

/** 双方可罰性の確認 */
export type DualCriminality =
  | 'DOUBTFUL'
  | 'NOT_CHECKED'
  | 'NOT_REQUIRED'
  | 'SATISFIED';

/** ICPO / 刑事共助条約 / 外交ルート / 24時間コンタクトポイントによる保全要請 */
export type EvidenceRequestChannel =
  | 'DIPLOMATIC'
  | 'ICPO'
  | 'PRESERVATION_24_7'
  | 'TREATY';

/** 翻訳の状況 */
export type EvidenceRequestTranslationStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_NEEDED'
  | 'PENDING';

/** 緊急度 */
export type EvidenceRequestUrgency =
  | 'IMMEDIATE'
  | 'NORMAL'
  | 'URGENT';

/** CSV（UTF-8・BOM付き）または Excel（xlsx） */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** 待機中 / 作成中 / 完了 / 失敗 / 保存期間切れ */
export type ExportState =
  | 'DONE'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type FileDepartingResidentInput = {
  accounts?: Array<DepartureAccountInput>;
  contracts?: Array<DepartureContractInput>;
  /** 入管の連絡事項（入管のみ） */
  immigrationNote?: string | null | undefined;
  person: DeparturePersonInput;
  /** 入管が登録するとき必須: 事案を所管する警察本部の都道府県（本人の住所地） */
  prefectureId?: string | number | null | undefined;
  /** 警察のリスク情報（警察のみ） */
  riskNote?: string | null | undefined;
  title?: string | null | undefined;
};

export type FileEvidenceRequestInput = {
  channel: EvidenceRequestChannel;
  /** 証拠の使用条件 */
  conditionsOnUse?: string | null | undefined;
  /** 国 (ISO 3166-1 alpha-2, 例: VN) */
  country: string;
  dualCriminality?: DualCriminality | null | undefined;
  dualCriminalityNote?: string | null | undefined;
  /** 外国の捜査機関 */
  foreignAuthority: string;
  /** 不可欠性の疎明 */
  indispensability?: string | null | undefined;
  legalBasis?: string | null | undefined;
  /** 関連する国内事件（閲覧できるもの） */
  linkedCaseIds?: Array<string | number> | null | undefined;
  /** 罪名 */
  offence: string;
  /** 要請事項 */
  requestedItems: string;
  translationStatus?: EvidenceRequestTranslationStatus | null | undefined;
  urgency?: EvidenceRequestUrgency | null | undefined;
};

export type FileForwardingProviderInput = {
  damages?: Array<ForwardingDamageInput>;
  numbers?: Array<ForwardingNumberInput>;
  provider: ForwardingProviderInput;
  /** 件名（省略時は事業者名） */
  title?: string | null | undefined;
};

export type FileRecruitmentPostInput = {
  capturedAt?: string | null | undefined;
  messengerIds?: Array<RecruitmentMessengerInput> | null | undefined;
  phones?: Array<RecruitmentPhoneInput> | null | undefined;
  /** SNS・掲示板（例: X） */
  platform: string;
  postedAt?: string | null | undefined;
  posterHandle?: string | null | undefined;
  screenshotHash?: string | null | undefined;
  /** 労働局の報告は常に LABOUR_BUREAU */
  sourceChannel?: RecruitmentSourceChannel | null | undefined;
  text: string;
  /** 匿名通報の受付番号（警察のみ、ANONYMOUS_TIP のとき） */
  tipReceiptNumber?: string | null | undefined;
  url: string;
};

export type ForwardTipInput = {
  /** 転送先の警察本部 */
  agencyId: string | number;
  tipId: string | number;
  version: number;
};

export type ForwardingDamageInput = {
  amountYen: number;
  /** 関連する特殊詐欺事件の番号 */
  fraudCaseReference?: string | null | undefined;
  victimName?: string | null | undefined;
};

/** QUEUED 待機中 / RUNNING 取込中 / SUCCEEDED 全件取込済み / FAILED 取込なし（全件不採用） */
export type ForwardingImportState =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type ForwardingNumberInput = {
  carrierAgencyId: string | number;
  /** 電話番号（例: 03-5555-0101） */
  number: string;
  /** 省略時は番号から判定 */
  numberType?: ForwardingNumberType | null | undefined;
  reseller?: string | null | undefined;
  usage: ForwardingNumberUsage;
};

/** FIXED 固定 / IP_050 050番号 / MOBILE 携帯 */
export type ForwardingNumberType =
  | 'FIXED'
  | 'IP_050'
  | 'MOBILE';

/** FRAUD_USED 特殊詐欺に使用 / STOCK 在庫番号 */
export type ForwardingNumberUsage =
  | 'FRAUD_USED'
  | 'STOCK';

export type ForwardingProviderInput = {
  address?: string | null | undefined;
  /** 法人番号（13桁、検査用数字を確認） */
  corporateNumber?: string | null | undefined;
  name: string;
  /** 届出番号 */
  notificationNumber?: string | null | undefined;
  /** 検査用数字が合わない法人番号を、事業者の申告どおり記録する（既定: 拒否） */
  recordInvalidCorporateNumber?: boolean | null | undefined;
  representative?: string | null | undefined;
  serviceName?: string | null | undefined;
};

export type GenerateTipReportInput = {
  /** 対象日 YYYY-MM-DD（日本時間、DAILY_INTAKE のとき） */
  date?: string | null | undefined;
  /** 追加情報（ADDITIONAL_INFORMATION のとき） */
  informationId?: string | number | null | undefined;
  /** 報告書の種類。通報1件の報告書は分類により様式第1号（対象事案情報）または第2号（参考情報・未分類） */
  kind: TipReportKind;
  /** 対象月 YYYY-MM（日本時間、MONTHLY_BUSINESS のとき） */
  month?: string | null | undefined;
  /** 暗証番号（警察庁主管課と別途取り決めたもの。12文字以上・5種類以上の文字。保存しない） */
  passphrase: string;
  /** 通報（TIP のとき） */
  tipId?: string | number | null | undefined;
};

/** 職業安定法第63条に基づく通報の状況 */
export type LabourReferralStatus =
  | 'ACTION_TAKEN'
  | 'NOT_REFERRED'
  | 'NO_ACTION'
  | 'REFERRED'
  | 'UNDER_REVIEW';

export type OpenCaseFromTipInput = {
  /** 投稿のプラットフォーム */
  platform: string;
  postedAt?: string | null | undefined;
  posterHandle?: string | null | undefined;
  /** 投稿の本文 */
  text: string;
  tipId: string | number;
  /** 投稿の URL */
  url: string;
};

export type RecordEvidenceRequestReceivedInput = {
  caseId: string | number;
  receivedAt?: string | null | undefined;
  /** 受領した証拠 (S) */
  receivedEvidence: string;
  /** 見ていた要請の版 */
  version: number;
};

export type RecordRecruitmentTakedownInput = {
  caseId: string | number;
  /** 削除依頼の宛先 */
  channel?: RecruitmentTakedownChannel | null | undefined;
  kind: RecruitmentTakedownKind;
  occurredAt?: string | null | undefined;
  /** IHC 等の参照番号 */
  reference?: string | null | undefined;
  result?: RecruitmentTakedownResult | null | undefined;
  /** 返信警告のテンプレートID */
  templateId?: string | null | undefined;
};

export type RecordRewardPaymentInput = {
  method: RewardPaymentMethod;
  /** 通報者が告げた暗証番号（本人確認） */
  pin: string;
  tipId: string | number;
};

export type RecordTipInformationInput = {
  /** 追加情報 */
  content: string;
  /** 通報者が告げた暗証番号 */
  pin: string;
  requestId?: string | number | null | undefined;
  tipId: string | number;
};

/** 投稿中の連絡手段: 電話番号 / メッセンジャーID */
export type RecruitmentContactKind =
  | 'MESSENGER'
  | 'PHONE';

export type RecruitmentMessengerInput = {
  id: string;
  /** 例: Telegram, Signal, LINE */
  service: string;
};

export type RecruitmentPhoneInput = {
  /** その番号の電気通信事業者 */
  carrierAgencyId?: string | number | null | undefined;
  number: string;
};

/** 端緒: サイバーパトロール / 通報 / 匿名通報 / 労働局 */
export type RecruitmentSourceChannel =
  | 'ANONYMOUS_TIP'
  | 'CYBER_PATROL'
  | 'LABOUR_BUREAU'
  | 'PUBLIC_REPORT';

/** SNS事業者へ直接 / インターネット・ホットラインセンター経由 */
export type RecruitmentTakedownChannel =
  | 'IHC'
  | 'PLATFORM';

/** 送信防止措置依頼 / 返信による警告 / 結果 */
export type RecruitmentTakedownKind =
  | 'REMOVAL_REQUEST'
  | 'REPLY_WARNING'
  | 'RESULT';

/** 削除済み / 掲載継続 / 再投稿 */
export type RecruitmentTakedownResult =
  | 'REMOVED'
  | 'REPOSTED'
  | 'STILL_UP';

export type ReferRecruitmentToLabourInput = {
  caseId: string | number;
  dueAt?: string | null | undefined;
  request?: string | null | undefined;
};

export type ReferToRegulatorInput = {
  caseId: string | number;
  dueAt?: string | null | undefined;
  /** 省略時は監督官庁（REGULATOR）が1機関のときその機関 */
  regulatorAgencyId?: string | number | null | undefined;
  request: string;
};

export type RegisterWebhookInput = {
  /** システム管理者が他機関の分を登録するとき */
  agencyId?: string | number | null | undefined;
  /** 受け取るイベント（例: cases.task.created） */
  eventTypes: Array<string>;
  /** 送信先 URL（本番は https のみ） */
  url: string;
};

export type RejectTaskInput = {
  /** 謝絶の理由 */
  reason: string;
  taskId: string | number;
  version: number;
};

export type ReportSupervisoryActionInput = {
  /** YYYY-MM-DD */
  actionTakenOn?: string | null | undefined;
  referralId: string | number;
  supervisoryAction: string;
  version: number;
};

export type RequestRecruitmentSubscriberInput = {
  caseId: string | number;
  /** 電話番号の連絡手段 */
  contactId: string | number;
  dueAt?: string | null | undefined;
};

export type RequestTipInformationInput = {
  /** 通報者への質問（ウェブサイトには受付番号のみ掲載） */
  question: string;
  tipId: string | number;
};

export type ReturnActivityReportInput = {
  id: string | number;
  /** 差戻しの理由 */
  reason: string;
  /** 見ていた報告の版 */
  version: number;
};

/** 情報料の不適格者（被疑者・被害者・警察職員・受託者・職務上知った公務員・業務上知った専門職・通謀者） */
export type RewardDisqualification =
  | 'COLLUDING'
  | 'CONTRACTOR'
  | 'OFFICIAL_ON_DUTY'
  | 'POLICE_STAFF'
  | 'PROFESSIONAL_AT_WORK'
  | 'SUSPECT'
  | 'VICTIM';

/** 情報料の支払方法（現金交付 / 口座振込 / 現金郵送） */
export type RewardPaymentMethod =
  | 'CASH'
  | 'POST'
  | 'TRANSFER';

export type SetLabourReferralStatusInput = {
  caseId: string | number;
  status: LabourReferralStatus;
  version: number;
};

/** SUSPENDED 利用停止 / REFUSED 拒否 / NOT_OURS 自社の番号ではない */
export type SuspensionResult =
  | 'NOT_OURS'
  | 'REFUSED'
  | 'SUSPENDED';

/** MINE: 自機関あての依頼（myTasks） / ALL: 閲覧できるすべての依頼 */
export type TaskExportScope =
  | 'ALL'
  | 'MINE';

/** 依頼の状態 */
export type TaskState =
  | 'ACKNOWLEDGED'
  | 'ANSWERED'
  | 'OPEN'
  | 'OVERDUE'
  | 'REJECTED'
  | 'WITHDRAWN';

export type TaskVersionInput = {
  taskId: string | number;
  version: number;
};

/** 対象事案の種別（別表1〜9） */
export type TipCategory =
  | 'CHILD_ABUSE'
  | 'CRIME_INFRASTRUCTURE'
  | 'DRUGS'
  | 'FIREARMS'
  | 'HUMAN_TRAFFICKING'
  | 'JUVENILE_WELFARE'
  | 'ONLINE_CASINO'
  | 'ORGANIZED_CRIME'
  | 'SPECIAL_FRAUD';

/** 受付方法（電話 / インターネット） */
export type TipChannel =
  | 'PHONE'
  | 'WEB';

/** 対象事案情報 / 参考情報 */
export type TipClassification =
  | 'REFERENCE'
  | 'TARGET';

export type TipFilterInput = {
  classification?: TipClassification | null | undefined;
  urgent?: boolean | null | undefined;
};

/** 追加情報の求めの状態（受付中 / 回答済み / 取下げ） */
export type TipInfoRequestState =
  | 'ANSWERED'
  | 'OPEN'
  | 'WITHDRAWN';

export type TipIntakeInput = {
  /** 対象事案の種別（別表1〜9） */
  category: TipCategory;
  /** 通報内容 */
  content: string;
  /** 不適格者への該当（ア〜キ） */
  disqualifications?: Array<RewardDisqualification> | null | undefined;
  /** 暗証番号（数字6〜8桁） */
  pin: string;
  /** 通報者が自ら申し出る身元（任意。求めない） */
  selfIdentification?: string | null | undefined;
  /** 緊急（警察による緊急の対応が必要） */
  urgent: boolean;
  /** 情報料の受領意思 */
  wantsReward: boolean;
};

export type TipReportFileFilterInput = {
  /** 別記様式の番号（1〜5） */
  form?: number | null | undefined;
  /** true: 未受領（まだダウンロードされていない）ものだけ */
  notDownloaded?: boolean | null | undefined;
  tipId?: string | number | null | undefined;
};

/** 警察庁への報告書の種類（通報報告書・参考情報報告書 / 追加情報報告書 / 受付状況報告書 / 業務報告書） */
export type TipReportKind =
  | 'ADDITIONAL_INFORMATION'
  | 'DAILY_INTAKE'
  | 'MONTHLY_BUSINESS'
  | 'TIP';

export type TipsterCredentialsInput = {
  /** 暗証番号 */
  pin: string;
  /** 受付番号 */
  receiptNumber: string;
};

export type TipsterInformationInput = {
  /** 追加情報 */
  content: string;
  /** 暗証番号 */
  pin: string;
  /** 受付番号 */
  receiptNumber: string;
  /** 回答する追加情報の求め */
  requestId?: string | number | null | undefined;
};

export type TransitionCaseInput = {
  caseId: string | number;
  transition: string;
  /** 画面に表示した版数 */
  version: number;
};

export type UpdateActivityReportInput = {
  changes: ActivityReportChangesInput;
  id: string | number;
  /** 見ていた報告の版 */
  version: number;
};

export type UpdateRecruitmentInvestigationInput = {
  caseId: string | number;
  investigationNotes?: string | null | undefined;
  linkedCriminalCases?: Array<string> | null | undefined;
  suspectIdentity?: string | null | undefined;
  version: number;
};

export type UpdateUserInput = {
  active?: boolean | null | undefined;
  displayName?: string | null | undefined;
  id: string | number;
  role?: string | null | undefined;
  unitId?: string | number | null | undefined;
  /** the version the change is based on */
  version: number;
};

export type UserFilterInput = {
  active?: boolean | null | undefined;
  agencyId?: string | number | null | undefined;
  lastLoginBefore?: string | null | undefined;
  role?: string | null | undefined;
};

export type VisibleTaskFilterInput = {
  /** 依頼先の機関 */
  agencyId?: string | number | null | undefined;
  overdue?: boolean | null | undefined;
  states?: Array<TaskState> | null | undefined;
};

export type WithdrawTipInformationRequestInput = {
  requestId: string | number;
  tipId: string | number;
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { role: string, roleName: string, agencyId: string, agency: { id: string, name: string | null, kind: AgencyKind | null }, user: { id: string, displayName: string | null, username: string | null } } };

export type AgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgenciesQuery = { agencies: Array<{ id: string, name: string | null, kind: AgencyKind | null }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { notifications: { nodes: Array<{ id: string, title: string, body: string, kind: string, createdAt: string, readAt: string | null, subjectType: string | null, subjectId: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: Array<{ id: string, readAt: string | null }> };

export type InboxTaskFragment = { id: string, caseId: string, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, answeredAt: string | null, redactedFields: Array<string>, case: { id: string, reference: string | null, redactedFields: Array<string> } | null };

export type MyTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTasksQuery = { open: { nodes: Array<{ id: string, caseId: string, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, answeredAt: string | null, redactedFields: Array<string>, case: { id: string, reference: string | null, redactedFields: Array<string> } | null }> }, closed: { nodes: Array<{ id: string, caseId: string, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, answeredAt: string | null, redactedFields: Array<string>, case: { id: string, reference: string | null, redactedFields: Array<string> } | null }> } };

export type TaskQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskQuery = { task: { id: string, caseId: string, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, legalBasis: string | null, answer: string | null, answeredAt: string | null, scopeRefs: Array<string> | null, version: number | null, redactedFields: Array<string> } };

export type ResidentFieldsFragment = { id: string, romajiName: string | null, kanaName: string | null, dateOfBirth: string | null, residenceCardNumber: string | null, nationality: string | null, statusOfResidence: string | null, address: string | null, residenceExpiry: string | null, plannedDeparture: string | null, confirmedDeparture: string | null, redactedFields: Array<string>, accounts: Array<{ id: string, version: number | null, bankAgencyId: string | null, branchName: string | null, accountType: DepartureAccountType | null, accountNumber: string | null, holderKana: string | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, contracts: Array<{ id: string, version: number | null, carrierAgencyId: string | null, number: string | null, contractType: DepartureContractType | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, riskNotes: Array<{ id: string, body: string | null }>, immigrationNotes: Array<{ id: string, body: string | null }> };

export type CaseForTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseForTaskQuery = { case: { id: string, reference: string | null, type: string | null, state: string | null, title: string | null, redactedFields: Array<string>, departingResident: { id: string, romajiName: string | null, kanaName: string | null, dateOfBirth: string | null, residenceCardNumber: string | null, nationality: string | null, statusOfResidence: string | null, address: string | null, residenceExpiry: string | null, plannedDeparture: string | null, confirmedDeparture: string | null, redactedFields: Array<string>, accounts: Array<{ id: string, version: number | null, bankAgencyId: string | null, branchName: string | null, accountType: DepartureAccountType | null, accountNumber: string | null, holderKana: string | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, contracts: Array<{ id: string, version: number | null, carrierAgencyId: string | null, number: string | null, contractType: DepartureContractType | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, riskNotes: Array<{ id: string, body: string | null }>, immigrationNotes: Array<{ id: string, body: string | null }> } | null } };

export type AnswerDepartureAccountMutationVariables = Exact<{
  input: AnswerDepartureRowInput;
}>;


export type AnswerDepartureAccountMutation = { answerDepartureAccount: { id: string, version: number | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, redactedFields: Array<string> } };

export type AnswerDepartureContractMutationVariables = Exact<{
  input: AnswerDepartureRowInput;
}>;


export type AnswerDepartureContractMutation = { answerDepartureContract: { id: string, version: number | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, redactedFields: Array<string> } };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilterInput | null | undefined;
  sort?: CaseSortInput | null | undefined;
}>;


export type CasesQuery = { cases: { nodes: Array<{ id: string, reference: string | null, type: string | null, state: string | null, title: string | null, priority: CasePriority | null, filedAt: string | null, updatedAt: string | null, redactedFields: Array<string> }> } };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { case: { id: string, reference: string | null, type: string | null, state: string | null, title: string | null, priority: CasePriority | null, filedAt: string | null, updatedAt: string | null, owningAgencyId: string | null, redactedFields: Array<string>, tasks: Array<{ id: string, agencyId: string | null, kind: string | null, state: TaskState | null, dueAt: string | null, answer: string | null, answeredAt: string | null, redactedFields: Array<string> }>, timeline: Array<{ id: string, type: string | null, occurredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, departingResident: { id: string, romajiName: string | null, kanaName: string | null, dateOfBirth: string | null, residenceCardNumber: string | null, nationality: string | null, statusOfResidence: string | null, address: string | null, residenceExpiry: string | null, plannedDeparture: string | null, confirmedDeparture: string | null, redactedFields: Array<string>, accounts: Array<{ id: string, version: number | null, bankAgencyId: string | null, branchName: string | null, accountType: DepartureAccountType | null, accountNumber: string | null, holderKana: string | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, contracts: Array<{ id: string, version: number | null, carrierAgencyId: string | null, number: string | null, contractType: DepartureContractType | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, riskNotes: Array<{ id: string, body: string | null }>, immigrationNotes: Array<{ id: string, body: string | null }> } | null } };

export type FileDepartingResidentMutationVariables = Exact<{
  input: FileDepartingResidentInput;
}>;


export type FileDepartingResidentMutation = { fileDepartingResident: { id: string, reference: string } };

export type DashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardQuery = { dashboard: { openCases: Array<{ type: string | null, state: string | null, count: number }>, tasksByAgency: Array<{ agencyId: string | null, open: number, overdue: number }>, compliance: { due: number, answeredOnTime: number, answeredLate: number, stillOpen: number, rate: number | null }, oldestOverdue: Array<{ id: string, caseId: string, agencyId: string | null, kind: string | null, dueAt: string | null, state: TaskState | null }> } };

export type AdminAuditLogQueryVariables = Exact<{
  filter?: AuditFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { nodes: Array<{ id: string, occurredAt: string | null, actorUserId: string | null, actorUsername: string | null, actorAgencyId: string | null, action: string | null, outcome: string | null, subjectType: string | null, subjectId: string | null, fields: Array<string> | null, channel: string | null, redactedFields: Array<string> }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { nodes: Array<{ id: string, version: number | null, username: string | null, displayName: string | null, role: string | null, active: boolean | null, agencyId: string | null, unitId: string | null, lastLoginAt: string | null, redactedFields: Array<string>, agency: { id: string, name: string | null, redactedFields: Array<string> } | null, unit: { id: string, name: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type AdminAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAgenciesQuery = { agencies: Array<{ id: string, code: string | null, name: string | null, kind: AgencyKind | null, active: boolean | null, parentAgencyId: string | null, prefectureId: string | null, redactedFields: Array<string>, units: Array<{ id: string, code: string, name: string }> | null }> };

export type AdminUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { id: string, version: number | null, role: string | null, active: boolean | null, unitId: string | null, redactedFields: Array<string> } };

export type AdminRevokeSessionsMutationVariables = Exact<{
  userId: string | number;
}>;


export type AdminRevokeSessionsMutation = { revokeUserSessions: number };

export type AdminWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhooksQuery = { webhookEndpoints: Array<{ id: string, url: string | null, eventTypes: Array<string> | null, active: boolean | null, agencyId: string | null, createdAt: string | null, redactedFields: Array<string> }> };

export type AdminRegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type AdminRegisterWebhookMutation = { registerWebhookEndpoint: { secret: string, endpoint: { id: string, url: string | null, eventTypes: Array<string> | null, active: boolean | null, agencyId: string | null, createdAt: string | null, redactedFields: Array<string> } } };

export type AdminDeactivateWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeactivateWebhookMutation = { deactivateWebhookEndpoint: { id: string, active: boolean | null, redactedFields: Array<string> } };

export type CtCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CtCaseQuery = { case: { id: string, reference: string | null, type: string | null, state: string | null, title: string | null, priority: CasePriority | null, filedAt: string | null, updatedAt: string | null, version: number | null, owningAgencyId: string | null, availableTransitions: Array<string>, redactedFields: Array<string>, tasks: Array<{ id: string, agencyId: string | null, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, answer: string | null, answeredAt: string | null, rejectionReason: string | null, redactedFields: Array<string> }>, timeline: Array<{ id: string, type: string | null, occurredAt: string | null, taskId: string | null, audience: Audience | null, audienceAgencyId: string | null, redactedFields: Array<string> }>, comments: Array<{ id: string, body: string | null, audience: Audience | null, audienceAgencyId: string | null, authorAgencyId: string | null, createdAt: string | null, redactedFields: Array<string> }>, attachments: Array<{ id: string, fileName: string | null, contentType: string | null, sizeBytes: number | null, audience: Audience | null, audienceAgencyId: string | null, uploadedAgencyId: string | null, createdAt: string | null, redactedFields: Array<string> }>, departingResident: { id: string, romajiName: string | null, kanaName: string | null, dateOfBirth: string | null, residenceCardNumber: string | null, nationality: string | null, statusOfResidence: string | null, address: string | null, residenceExpiry: string | null, plannedDeparture: string | null, confirmedDeparture: string | null, redactedFields: Array<string>, accounts: Array<{ id: string, version: number | null, bankAgencyId: string | null, branchName: string | null, accountType: DepartureAccountType | null, accountNumber: string | null, holderKana: string | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, contracts: Array<{ id: string, version: number | null, carrierAgencyId: string | null, number: string | null, contractType: DepartureContractType | null, status: DepartureRowStatus | null, legalBasis: string | null, statusOn: string | null, answeredAt: string | null, taskId: string | null, redactedFields: Array<string> }>, riskNotes: Array<{ id: string, body: string | null }>, immigrationNotes: Array<{ id: string, body: string | null }> } | null, recruitmentPost: { id: string, version: number, platform: string | null, url: string | null, text: string | null, postedAt: string | null, capturedAt: string | null, posterHandle: string | null, sourceChannel: RecruitmentSourceChannel | null, riskScore: number | null, matchedKeywords: Array<string> | null, labourReferralStatus: LabourReferralStatus | null, screenshotHash: string | null, suspectIdentity: string | null, tipReceiptNumber: string | null, linkedCriminalCases: Array<string> | null, investigationNotes: string | null, redactedFields: Array<string> } | null, recruitmentContacts: Array<{ id: string, kind: RecruitmentContactKind | null, value: string | null, messengerService: string | null, carrierAgencyId: string | null, redactedFields: Array<string> }>, recruitmentTakedowns: Array<{ id: string, kind: RecruitmentTakedownKind | null, channel: RecruitmentTakedownChannel | null, result: RecruitmentTakedownResult | null, reference: string | null, occurredAt: string | null, recheckDueAt: string | null, redactedFields: Array<string> }>, forwardingProvider: { id: string, name: string | null, serviceName: string | null, corporateNumber: string | null, corporateNumberValid: boolean | null, notificationNumber: string | null, address: string | null, representative: string | null, version: number | null, redactedFields: Array<string>, numbers: Array<{ id: string, number: string | null, numberType: ForwardingNumberType | null, usage: ForwardingNumberUsage | null, carrierAgencyId: string | null, reseller: string | null, contractHolder: string | null, result: SuspensionResult | null, resultReason: string | null, suspendedOn: string | null, requestedAt: string | null, answeredAt: string | null, restrictedAt: string | null, suspensionTaskId: string | null, version: number | null, redactedFields: Array<string> }>, damages: Array<{ id: string, fraudCaseReference: string | null, amountYen: number | null, victimName: string | null, redactedFields: Array<string> }>, referrals: Array<{ id: string, regulatorAgencyId: string | null, request: string | null, referredAt: string | null, supervisoryAction: string | null, actionTakenOn: string | null, reportedAt: string | null, taskId: string | null, version: number | null, redactedFields: Array<string> }> } | null, evidenceRequest: { id: string, channel: EvidenceRequestChannel | null, country: string | null, foreignAuthority: string | null, offence: string | null, legalBasis: string | null, dualCriminality: DualCriminality | null, dualCriminalityNote: string | null, requestedItems: string | null, indispensability: string | null, translationStatus: EvidenceRequestTranslationStatus | null, conditionsOnUse: string | null, urgency: EvidenceRequestUrgency | null, draftedAt: string | null, hqApprovedAt: string | null, sentToNpaAt: string | null, sentAbroadAt: string | null, acknowledgedAt: string | null, partiallyAnsweredAt: string | null, answeredAt: string | null, closedAt: string | null, receivedAt: string | null, receivedEvidence: string | null, version: number | null, redactedFields: Array<string> } | null } };

export type CtRecruitmentPostFieldsFragment = { id: string, version: number, platform: string | null, url: string | null, text: string | null, postedAt: string | null, capturedAt: string | null, posterHandle: string | null, sourceChannel: RecruitmentSourceChannel | null, riskScore: number | null, matchedKeywords: Array<string> | null, labourReferralStatus: LabourReferralStatus | null, screenshotHash: string | null, suspectIdentity: string | null, tipReceiptNumber: string | null, linkedCriminalCases: Array<string> | null, investigationNotes: string | null, redactedFields: Array<string> };

export type CtForwardingProviderFieldsFragment = { id: string, name: string | null, serviceName: string | null, corporateNumber: string | null, corporateNumberValid: boolean | null, notificationNumber: string | null, address: string | null, representative: string | null, version: number | null, redactedFields: Array<string>, numbers: Array<{ id: string, number: string | null, numberType: ForwardingNumberType | null, usage: ForwardingNumberUsage | null, carrierAgencyId: string | null, reseller: string | null, contractHolder: string | null, result: SuspensionResult | null, resultReason: string | null, suspendedOn: string | null, requestedAt: string | null, answeredAt: string | null, restrictedAt: string | null, suspensionTaskId: string | null, version: number | null, redactedFields: Array<string> }>, damages: Array<{ id: string, fraudCaseReference: string | null, amountYen: number | null, victimName: string | null, redactedFields: Array<string> }>, referrals: Array<{ id: string, regulatorAgencyId: string | null, request: string | null, referredAt: string | null, supervisoryAction: string | null, actionTakenOn: string | null, reportedAt: string | null, taskId: string | null, version: number | null, redactedFields: Array<string> }> };

export type CtEvidenceRequestFieldsFragment = { id: string, channel: EvidenceRequestChannel | null, country: string | null, foreignAuthority: string | null, offence: string | null, legalBasis: string | null, dualCriminality: DualCriminality | null, dualCriminalityNote: string | null, requestedItems: string | null, indispensability: string | null, translationStatus: EvidenceRequestTranslationStatus | null, conditionsOnUse: string | null, urgency: EvidenceRequestUrgency | null, draftedAt: string | null, hqApprovedAt: string | null, sentToNpaAt: string | null, sentAbroadAt: string | null, acknowledgedAt: string | null, partiallyAnsweredAt: string | null, answeredAt: string | null, closedAt: string | null, receivedAt: string | null, receivedEvidence: string | null, version: number | null, redactedFields: Array<string> };

export type CtFileRecruitmentPostMutationVariables = Exact<{
  input: FileRecruitmentPostInput;
}>;


export type CtFileRecruitmentPostMutation = { fileRecruitmentPost: { caseId: string, reference: string | null, alreadyKnown: boolean } };

export type CtFileForwardingProviderMutationVariables = Exact<{
  input: FileForwardingProviderInput;
}>;


export type CtFileForwardingProviderMutation = { fileForwardingProvider: { id: string, reference: string } };

export type CtFileEvidenceRequestMutationVariables = Exact<{
  input: FileEvidenceRequestInput;
}>;


export type CtFileEvidenceRequestMutation = { fileEvidenceRequest: { caseId: string, reference: string } };

export type CtTransitionCaseMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type CtTransitionCaseMutation = { transitionCase: { id: string, state: string | null, version: number | null, availableTransitions: Array<string> } };

export type CtAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type CtAddCommentMutation = { addComment: { id: string, body: string | null, audience: Audience | null, audienceAgencyId: string | null, createdAt: string | null, redactedFields: Array<string> } };

export type CtReferRecruitmentToLabourMutationVariables = Exact<{
  input: ReferRecruitmentToLabourInput;
}>;


export type CtReferRecruitmentToLabourMutation = { referRecruitmentToLabourBureau: { id: string, state: TaskState | null } };

export type CtRequestRecruitmentSubscriberMutationVariables = Exact<{
  input: RequestRecruitmentSubscriberInput;
}>;


export type CtRequestRecruitmentSubscriberMutation = { requestRecruitmentSubscriber: { id: string, state: TaskState | null } };

export type CtRequestSuspensionMutationVariables = Exact<{
  caseId: string | number;
}>;


export type CtRequestSuspensionMutation = { requestSuspension: { taskIds: Array<string> } };

export type CtReferToRegulatorMutationVariables = Exact<{
  input: ReferToRegulatorInput;
}>;


export type CtReferToRegulatorMutation = { referToRegulator: { id: string } };

export type CtTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type CtTaskQuery = { task: { id: string, caseId: string, agencyId: string | null, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, legalBasis: string | null, answer: string | null, answeredAt: string | null, rejectionReason: string | null, scopeRefs: Array<string> | null, version: number | null, redactedFields: Array<string> } };

export type CtAcknowledgeTaskMutationVariables = Exact<{
  input: TaskVersionInput;
}>;


export type CtAcknowledgeTaskMutation = { acknowledgeTask: { id: string, state: TaskState | null, version: number | null } };

export type CtAnswerTaskMutationVariables = Exact<{
  input: AnswerTaskInput;
}>;


export type CtAnswerTaskMutation = { answerTask: { id: string, state: TaskState | null, answer: string | null, answeredAt: string | null, version: number | null } };

export type CtRejectTaskMutationVariables = Exact<{
  input: RejectTaskInput;
}>;


export type CtRejectTaskMutation = { rejectTask: { id: string, state: TaskState | null, rejectionReason: string | null, version: number | null } };

export type CtAnswerSuspensionMutationVariables = Exact<{
  input: AnswerSuspensionInput;
}>;


export type CtAnswerSuspensionMutation = { answerSuspension: { id: string, result: SuspensionResult | null, resultReason: string | null, suspendedOn: string | null, contractHolder: string | null, answeredAt: string | null, version: number | null, redactedFields: Array<string> } };

export type CtReportSupervisoryActionMutationVariables = Exact<{
  input: ReportSupervisoryActionInput;
}>;


export type CtReportSupervisoryActionMutation = { reportSupervisoryAction: { id: string, supervisoryAction: string | null, actionTakenOn: string | null, reportedAt: string | null, version: number | null, redactedFields: Array<string> } };

export type CtRecordEvidenceReceivedMutationVariables = Exact<{
  input: RecordEvidenceRequestReceivedInput;
}>;


export type CtRecordEvidenceReceivedMutation = { recordEvidenceRequestReceived: { id: string, receivedAt: string | null, receivedEvidence: string | null, version: number | null, redactedFields: Array<string> } };

export type CtSetLabourReferralStatusMutationVariables = Exact<{
  input: SetLabourReferralStatusInput;
}>;


export type CtSetLabourReferralStatusMutation = { setLabourReferralStatus: { id: string, labourReferralStatus: LabourReferralStatus | null, version: number, redactedFields: Array<string> } };

export type CwTaskFieldsFragment = { id: string, agencyId: string | null, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, version: number | null, redactedFields: Array<string> };

export type CwCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CwCaseQuery = { case: { id: string, version: number | null, state: string | null, type: string | null, owningAgencyId: string | null, assigneeIds: Array<string> | null, redactedFields: Array<string>, tasks: Array<{ id: string, agencyId: string | null, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, version: number | null, redactedFields: Array<string> }> } };

export type CwUsersQueryVariables = Exact<{
  agencyId: string | number;
}>;


export type CwUsersQuery = { users: { nodes: Array<{ id: string, username: string | null, displayName: string | null, role: string | null, agencyId: string | null, redactedFields: Array<string> }> } };

export type CwAssignCaseMutationVariables = Exact<{
  input: AssignCaseInput;
}>;


export type CwAssignCaseMutation = { assignCase: { id: string, version: number | null, assigneeIds: Array<string> | null, redactedFields: Array<string> } };

export type CwCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CwCreateTaskMutation = { createTask: { id: string, agencyId: string | null, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, version: number | null, redactedFields: Array<string> } };

export type CwWithdrawTaskMutationVariables = Exact<{
  input: TaskVersionInput;
}>;


export type CwWithdrawTaskMutation = { withdrawTask: { id: string, state: TaskState | null, version: number | null, redactedFields: Array<string> } };

export type DwAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type DwAgenciesQuery = { agencies: Array<{ id: string, name: string | null, kind: AgencyKind | null, prefectureId: string | null, redactedFields: Array<string>, prefecture: { id: string, name: string } | null }> };

export type DwDepartureNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type DwDepartureNotesQuery = { case: { id: string, departingResident: { id: string, redactedFields: Array<string>, immigrationNotes: Array<{ id: string, caseId: string, body: string | null, createdAt: string | null, redactedFields: Array<string> }>, riskNotes: Array<{ id: string, caseId: string, body: string | null, createdAt: string | null, redactedFields: Array<string> }> } | null } };

export type DwNoteFieldsFragment = { id: string, caseId: string, body: string | null, createdAt: string | null, redactedFields: Array<string> };

export type DwAddImmigrationNoteMutationVariables = Exact<{
  input: AddDepartureNoteInput;
}>;


export type DwAddImmigrationNoteMutation = { addDepartureImmigrationNote: { id: string, caseId: string, body: string | null, createdAt: string | null, redactedFields: Array<string> } };

export type DwAddRiskNoteMutationVariables = Exact<{
  input: AddDepartureNoteInput;
}>;


export type DwAddRiskNoteMutation = { addDepartureRiskNote: { id: string, caseId: string, body: string | null, createdAt: string | null, redactedFields: Array<string> } };

export type FwImportQueryVariables = Exact<{
  id: string | number;
}>;


export type FwImportQuery = { forwardingImport: { id: string, caseId: string, state: ForwardingImportState, fileName: string | null, totalRows: number | null, processedRows: number, importedRows: number, errorCount: number, failure: string | null, allOrNothing: boolean, finishedAt: string | null, errors: Array<{ line: number, reason: string }> } };

export type FwCarriersQueryVariables = Exact<{ [key: string]: never; }>;


export type FwCarriersQuery = { agencies: Array<{ id: string, name: string | null, kind: AgencyKind | null, code: string | null, active: boolean | null }> };

export type FwRestrictStockMutationVariables = Exact<{
  caseId: string | number;
}>;


export type FwRestrictStockMutation = { restrictStockNumbers: { restrictedCount: number, taskIds: Array<string> } };

export type FwContractHoldersQueryVariables = Exact<{ [key: string]: never; }>;


export type FwContractHoldersQuery = { forwardingContractHolders: { threshold: number, holders: Array<{ contractHolder: string, numberCount: number, caseCount: number, refusalRecommended: boolean, cases: Array<{ id: string, reference: string | null, title: string | null, redactedFields: Array<string> }> }> } };

export type RwCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RwCaseQuery = { case: { id: string, type: string | null, state: string | null, recruitmentPost: { id: string, version: number, suspectIdentity: string | null, linkedCriminalCases: Array<string> | null, investigationNotes: string | null, redactedFields: Array<string> } | null, recruitmentTakedowns: Array<{ id: string, kind: RecruitmentTakedownKind | null, channel: RecruitmentTakedownChannel | null, templateId: string | null, result: RecruitmentTakedownResult | null, reference: string | null, occurredAt: string | null, recheckDueAt: string | null, redactedFields: Array<string> }> } };

export type RwRecordTakedownMutationVariables = Exact<{
  input: RecordRecruitmentTakedownInput;
}>;


export type RwRecordTakedownMutation = { recordRecruitmentTakedown: { id: string, kind: RecruitmentTakedownKind | null, recheckDueAt: string | null, redactedFields: Array<string> } };

export type RwUpdateInvestigationMutationVariables = Exact<{
  input: UpdateRecruitmentInvestigationInput;
}>;


export type RwUpdateInvestigationMutation = { updateRecruitmentInvestigation: { id: string, version: number, suspectIdentity: string | null, linkedCriminalCases: Array<string> | null, investigationNotes: string | null, redactedFields: Array<string> } };

export type ActivityReportFieldsFragment = { id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> };

export type ActivityReportsQueryVariables = Exact<{
  filter?: ActivityReportFilterInput | null | undefined;
}>;


export type ActivityReportsQuery = { activityReports: { totalCount: number, nodes: Array<{ id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> }> } };

export type ActivityReportQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityReportQuery = { activityReport: { id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> } };

export type ActivityReportTotalsQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: ActivityReportGroupBy;
  state?: ActivityReportState | null | undefined;
}>;


export type ActivityReportTotalsQuery = { activityReportTotals: { groupBy: ActivityReportGroupBy, from: string, to: string, state: ActivityReportState, overall: { key: string, label: string, reports: number, participants: number, foreignResidentsReached: number, interpreters: number, inspections: number, arrests: number }, rows: Array<{ key: string, label: string, reports: number, participants: number, foreignResidentsReached: number, interpreters: number, inspections: number, arrests: number }> } };

export type CreateActivityReportMutationVariables = Exact<{
  input: CreateActivityReportInput;
}>;


export type CreateActivityReportMutation = { createActivityReport: { id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> } };

export type UpdateActivityReportMutationVariables = Exact<{
  input: UpdateActivityReportInput;
}>;


export type UpdateActivityReportMutation = { updateActivityReport: { id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> } };

export type SubmitActivityReportMutationVariables = Exact<{
  input: ActivityReportVersionInput;
}>;


export type SubmitActivityReportMutation = { submitActivityReport: { id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> } };

export type ApproveActivityReportMutationVariables = Exact<{
  input: ActivityReportVersionInput;
}>;


export type ApproveActivityReportMutation = { approveActivityReport: { id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> } };

export type ReturnActivityReportMutationVariables = Exact<{
  input: ReturnActivityReportInput;
}>;


export type ReturnActivityReportMutation = { returnActivityReport: { id: string, version: number | null, state: ActivityReportState | null, kind: ActivityKind | null, activityDate: string | null, place: string | null, participants: number | null, foreignResidentsReached: number | null, interpreters: number | null, inspections: number | null, arrests: number | null, languages: Array<string> | null, partnerAgencies: Array<string> | null, notes: string | null, stationAgencyId: string | null, stationName: string | null, returnReason: string | null, createdAt: string | null, submittedAt: string | null, reviewedAt: string | null, updatedAt: string | null, redactedFields: Array<string> } };

export type ComplianceOnlyQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ComplianceOnlyQuery = { dashboard: { compliance: { due: number, answeredOnTime: number, answeredLate: number, stillOpen: number, rate: number | null } } };

export type ExportJobFieldsFragment = { id: string, source: string | null, format: ExportFormat | null, state: ExportState | null, progress: number | null, rowCount: number | null, sizeBytes: number | null, errorCode: string | null, createdAt: string | null, finishedAt: string | null, expiresAt: string | null, redactedFields: Array<string> };

export type MyExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyExportsQuery = { myExports: { nodes: Array<{ id: string, source: string | null, format: ExportFormat | null, state: ExportState | null, progress: number | null, rowCount: number | null, sizeBytes: number | null, errorCode: string | null, createdAt: string | null, finishedAt: string | null, expiresAt: string | null, redactedFields: Array<string> }> } };

export type RequestCaseExportMutationVariables = Exact<{
  format: ExportFormat;
  filter?: CaseFilterInput | null | undefined;
  sort?: CaseSortInput | null | undefined;
}>;


export type RequestCaseExportMutation = { requestCaseExport: { id: string, source: string | null, format: ExportFormat | null, state: ExportState | null, progress: number | null, rowCount: number | null, sizeBytes: number | null, errorCode: string | null, createdAt: string | null, finishedAt: string | null, expiresAt: string | null, redactedFields: Array<string> } };

export type RequestTaskExportMutationVariables = Exact<{
  format: ExportFormat;
  scope: TaskExportScope;
}>;


export type RequestTaskExportMutation = { requestTaskExport: { id: string, source: string | null, format: ExportFormat | null, state: ExportState | null, progress: number | null, rowCount: number | null, sizeBytes: number | null, errorCode: string | null, createdAt: string | null, finishedAt: string | null, expiresAt: string | null, redactedFields: Array<string> } };

export type RequestDashboardExportMutationVariables = Exact<{
  format: ExportFormat;
  from: string;
  to: string;
}>;


export type RequestDashboardExportMutation = { requestDashboardExport: { id: string, source: string | null, format: ExportFormat | null, state: ExportState | null, progress: number | null, rowCount: number | null, sizeBytes: number | null, errorCode: string | null, createdAt: string | null, finishedAt: string | null, expiresAt: string | null, redactedFields: Array<string> } };

export type RequestActivityReportExportMutationVariables = Exact<{
  format: ExportFormat;
  filter?: ActivityReportFilterInput | null | undefined;
}>;


export type RequestActivityReportExportMutation = { requestActivityReportExport: { id: string, source: string | null, format: ExportFormat | null, state: ExportState | null, progress: number | null, rowCount: number | null, sizeBytes: number | null, errorCode: string | null, createdAt: string | null, finishedAt: string | null, expiresAt: string | null, redactedFields: Array<string> } };

export type AgencyTasksQueryVariables = Exact<{
  filter?: VisibleTaskFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type AgencyTasksQuery = { tasks: { nodes: Array<{ id: string, agencyId: string | null, kind: string | null, state: TaskState | null, dueAt: string | null, request: string | null, redactedFields: Array<string>, case: { id: string, reference: string | null, title: string | null, redactedFields: Array<string> } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SubmitTipMutationVariables = Exact<{
  input: TipIntakeInput;
}>;


export type SubmitTipMutation = { submitTip: { receiptNumber: string, urgent: boolean, message: string } };

export type RecordPhoneTipMutationVariables = Exact<{
  input: TipIntakeInput;
}>;


export type RecordPhoneTipMutation = { recordPhoneTip: { receiptNumber: string, urgent: boolean, message: string } };

export type TipsterViewMutationVariables = Exact<{
  input: TipsterCredentialsInput;
}>;


export type TipsterViewMutation = { tipsterView: { receiptNumber: string, questions: Array<{ id: string, question: string, requestedAt: string, state: TipInfoRequestState }> } };

export type AddTipInformationMutationVariables = Exact<{
  input: TipsterInformationInput;
}>;


export type AddTipInformationMutation = { addTipInformation: { receiptNumber: string, message: string } };

export type TipNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type TipNoticesQuery = { tipNotices: { infoRequested: Array<{ receiptNumber: string, postedAt: string }>, rewards: Array<{ receiptNumber: string, postedAt: string }> } };

export type TipsQueryVariables = Exact<{
  filter?: TipFilterInput | null | undefined;
  after?: string | null | undefined;
}>;


export type TipsQuery = { tips: { nodes: Array<{ id: string, receiptNumber: string | null, receivedAt: string | null, channel: TipChannel | null, category: TipCategory | null, urgent: boolean | null, classification: TipClassification | null, forwardedAgencyId: string | null, reportDueAt: string | null, reportedAt: string | null, caseId: string | null, wantsReward: boolean | null, rewardAmount: number | null, redactedFields: Array<string> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TipQueryVariables = Exact<{
  id: string | number;
}>;


export type TipQuery = { tip: { id: string, version: number | null, receiptNumber: string | null, receivedAt: string | null, channel: TipChannel | null, category: TipCategory | null, urgent: boolean | null, content: string | null, classification: TipClassification | null, classifiedAt: string | null, forwardedAgencyId: string | null, forwardedAt: string | null, caseId: string | null, reportDueAt: string | null, reportedAt: string | null, selfIdentification: string | null, wantsReward: boolean | null, disqualifications: Array<RewardDisqualification> | null, rewardAmount: number | null, rewardDecidedAt: string | null, rewardNoticePostedAt: string | null, rewardNoticeRemovedAt: string | null, rewardPaidAt: string | null, rewardPaymentMethod: RewardPaymentMethod | null, redactedFields: Array<string>, infoRequests: Array<{ id: string, question: string, requestedAt: string, state: TipInfoRequestState, closedAt: string | null }> | null, additionalInformation: Array<{ id: string, channel: TipChannel, content: string, receivedAt: string, reportDueAt: string, reportedAt: string | null, requestId: string | null }> | null } };

export type ClassifyTipMutationVariables = Exact<{
  input: ClassifyTipInput;
}>;


export type ClassifyTipMutation = { classifyTip: { id: string, version: number | null, classification: TipClassification | null } };

export type RequestTipInformationMutationVariables = Exact<{
  input: RequestTipInformationInput;
}>;


export type RequestTipInformationMutation = { requestTipInformation: { id: string, version: number | null } };

export type WithdrawTipInformationRequestMutationVariables = Exact<{
  input: WithdrawTipInformationRequestInput;
}>;


export type WithdrawTipInformationRequestMutation = { withdrawTipInformationRequest: { id: string, version: number | null } };

export type ForwardTipMutationVariables = Exact<{
  input: ForwardTipInput;
}>;


export type ForwardTipMutation = { forwardTip: { id: string, version: number | null, forwardedAgencyId: string | null } };

export type DecideTipRewardMutationVariables = Exact<{
  input: DecideTipRewardInput;
}>;


export type DecideTipRewardMutation = { decideTipReward: { id: string, version: number | null, rewardAmount: number | null } };

export type RecordTipInformationMutationVariables = Exact<{
  input: RecordTipInformationInput;
}>;


export type RecordTipInformationMutation = { recordTipInformation: { id: string, version: number | null } };

export type RecordRewardPaymentMutationVariables = Exact<{
  input: RecordRewardPaymentInput;
}>;


export type RecordRewardPaymentMutation = { recordRewardPayment: { tipId: string, receiptNumber: string, amount: number, paidAt: string, method: RewardPaymentMethod } };

export type OpenCaseFromTipMutationVariables = Exact<{
  input: OpenCaseFromTipInput;
}>;


export type OpenCaseFromTipMutation = { openCaseFromTip: { caseId: string, reference: string } };

export type RewardLedgerQueryVariables = Exact<{ [key: string]: never; }>;


export type RewardLedgerQuery = { rewardLedger: { count: number, totalAmount: number, byMethod: Array<{ method: RewardPaymentMethod, count: number, totalAmount: number }>, entries: Array<{ tipId: string, receiptNumber: string, rewardAmount: number, rewardPaidAt: string, rewardPaymentMethod: RewardPaymentMethod }> } };

export type TipReportFilesQueryVariables = Exact<{
  filter?: TipReportFileFilterInput | null | undefined;
}>;


export type TipReportFilesQuery = { tipReportFiles: { nodes: Array<{ id: string, form: number | null, title: string | null, receiptNumber: string | null, period: string | null, fileName: string | null, sha256: string | null, sizeBytes: number | null, generatedAt: string | null, firstDownloadedAt: string | null, downloadCount: number | null, redactedFields: Array<string> }>, pageInfo: { hasNextPage: boolean } } };

export type GenerateTipReportMutationVariables = Exact<{
  input: GenerateTipReportInput;
}>;


export type GenerateTipReportMutation = { generateTipReport: { id: string, form: number | null, title: string | null, fileName: string | null } };

export const InboxTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<InboxTaskFragment, unknown>;
export const ResidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartingResident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"romajiName"}},{"kind":"Field","name":{"kind":"Name","value":"kanaName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"residenceCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"statusOfResidence"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"residenceExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bankAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"branchName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"carrierAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"immigrationNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<ResidentFieldsFragment, unknown>;
export const CtRecruitmentPostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtRecruitmentPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecruitmentPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"posterHandle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceChannel"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"matchedKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"labourReferralStatus"}},{"kind":"Field","name":{"kind":"Name","value":"screenshotHash"}},{"kind":"Field","name":{"kind":"Name","value":"suspectIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"tipReceiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCriminalCases"}},{"kind":"Field","name":{"kind":"Name","value":"investigationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CtRecruitmentPostFieldsFragment, unknown>;
export const CtForwardingProviderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtForwardingProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardingProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumberValid"}},{"kind":"Field","name":{"kind":"Name","value":"notificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"carrierAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"reseller"}},{"kind":"Field","name":{"kind":"Name","value":"contractHolder"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"resultReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"damages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fraudCaseReference"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"victimName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regulatorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryAction"}},{"kind":"Field","name":{"kind":"Name","value":"actionTakenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CtForwardingProviderFieldsFragment, unknown>;
export const CtEvidenceRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtEvidenceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"foreignAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminality"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityNote"}},{"kind":"Field","name":{"kind":"Name","value":"requestedItems"}},{"kind":"Field","name":{"kind":"Name","value":"indispensability"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"conditionsOnUse"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hqApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToNpaAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAbroadAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partiallyAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CtEvidenceRequestFieldsFragment, unknown>;
export const CwTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CwTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CwTaskFieldsFragment, unknown>;
export const DwNoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DwNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartureNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<DwNoteFieldsFragment, unknown>;
export const ActivityReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<ActivityReportFieldsFragment, unknown>;
export const ExportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<ExportJobFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"ACKNOWLEDGED"},{"kind":"EnumValue","value":"OVERDUE"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxTask"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closed"},"name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"states"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ANSWERED"},{"kind":"EnumValue","value":"REJECTED"},{"kind":"EnumValue","value":"WITHDRAWN"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxTask"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRefs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<TaskQuery, TaskQueryVariables>;
export const CaseForTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseForTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"departingResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartingResident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"romajiName"}},{"kind":"Field","name":{"kind":"Name","value":"kanaName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"residenceCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"statusOfResidence"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"residenceExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bankAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"branchName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"carrierAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"immigrationNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<CaseForTaskQuery, CaseForTaskQueryVariables>;
export const AnswerDepartureAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerDepartureAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDepartureRowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerDepartureAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<AnswerDepartureAccountMutation, AnswerDepartureAccountMutationVariables>;
export const AnswerDepartureContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerDepartureContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerDepartureRowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerDepartureContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<AnswerDepartureContractMutation, AnswerDepartureContractMutationVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSortInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const CaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Case"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owningAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departingResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartingResident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"romajiName"}},{"kind":"Field","name":{"kind":"Name","value":"kanaName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"residenceCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"statusOfResidence"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"residenceExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bankAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"branchName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"carrierAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"immigrationNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]} as unknown as DocumentNode<CaseQuery, CaseQueryVariables>;
export const FileDepartingResidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileDepartingResident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileDepartingResidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileDepartingResident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<FileDepartingResidentMutation, FileDepartingResidentMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasksByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"stillOpen"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oldestOverdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const AdminAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"USERNAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parentAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAgenciesQuery, AdminAgenciesQueryVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminRevokeSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeUserSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<AdminRevokeSessionsMutation, AdminRevokeSessionsMutationVariables>;
export const AdminWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWebhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<AdminWebhooksQuery, AdminWebhooksQueryVariables>;
export const AdminRegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRegisterWebhookMutation, AdminRegisterWebhookMutationVariables>;
export const AdminDeactivateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateWebhookMutation, AdminDeactivateWebhookMutationVariables>;
export const CtCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CtCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owningAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departingResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResidentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentPost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CtRecruitmentPostFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"messengerService"}},{"kind":"Field","name":{"kind":"Name","value":"carrierAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentTakedowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recheckDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forwardingProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CtForwardingProviderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CtEvidenceRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartingResident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"romajiName"}},{"kind":"Field","name":{"kind":"Name","value":"kanaName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"residenceCardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"statusOfResidence"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"residenceExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDeparture"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bankAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"branchName"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"holderKana"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"carrierAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"immigrationNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtRecruitmentPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecruitmentPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"capturedAt"}},{"kind":"Field","name":{"kind":"Name","value":"posterHandle"}},{"kind":"Field","name":{"kind":"Name","value":"sourceChannel"}},{"kind":"Field","name":{"kind":"Name","value":"riskScore"}},{"kind":"Field","name":{"kind":"Name","value":"matchedKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"labourReferralStatus"}},{"kind":"Field","name":{"kind":"Name","value":"screenshotHash"}},{"kind":"Field","name":{"kind":"Name","value":"suspectIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"tipReceiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCriminalCases"}},{"kind":"Field","name":{"kind":"Name","value":"investigationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtForwardingProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardingProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"corporateNumberValid"}},{"kind":"Field","name":{"kind":"Name","value":"notificationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"usage"}},{"kind":"Field","name":{"kind":"Name","value":"carrierAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"reseller"}},{"kind":"Field","name":{"kind":"Name","value":"contractHolder"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"resultReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionTaskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"damages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fraudCaseReference"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"victimName"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regulatorAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryAction"}},{"kind":"Field","name":{"kind":"Name","value":"actionTakenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CtEvidenceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"foreignAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminality"}},{"kind":"Field","name":{"kind":"Name","value":"dualCriminalityNote"}},{"kind":"Field","name":{"kind":"Name","value":"requestedItems"}},{"kind":"Field","name":{"kind":"Name","value":"indispensability"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"conditionsOnUse"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"draftedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hqApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToNpaAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAbroadAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partiallyAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CtCaseQuery, CtCaseQueryVariables>;
export const CtFileRecruitmentPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtFileRecruitmentPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileRecruitmentPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileRecruitmentPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyKnown"}}]}}]}}]} as unknown as DocumentNode<CtFileRecruitmentPostMutation, CtFileRecruitmentPostMutationVariables>;
export const CtFileForwardingProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtFileForwardingProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileForwardingProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileForwardingProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<CtFileForwardingProviderMutation, CtFileForwardingProviderMutationVariables>;
export const CtFileEvidenceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtFileEvidenceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileEvidenceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileEvidenceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<CtFileEvidenceRequestMutation, CtFileEvidenceRequestMutationVariables>;
export const CtTransitionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtTransitionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"availableTransitions"}}]}}]}}]} as unknown as DocumentNode<CtTransitionCaseMutation, CtTransitionCaseMutationVariables>;
export const CtAddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtAddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"audienceAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CtAddCommentMutation, CtAddCommentMutationVariables>;
export const CtReferRecruitmentToLabourDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtReferRecruitmentToLabour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferRecruitmentToLabourInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referRecruitmentToLabourBureau"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CtReferRecruitmentToLabourMutation, CtReferRecruitmentToLabourMutationVariables>;
export const CtRequestRecruitmentSubscriberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtRequestRecruitmentSubscriber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestRecruitmentSubscriberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRecruitmentSubscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CtRequestRecruitmentSubscriberMutation, CtRequestRecruitmentSubscriberMutationVariables>;
export const CtRequestSuspensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtRequestSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskIds"}}]}}]}}]} as unknown as DocumentNode<CtRequestSuspensionMutation, CtRequestSuspensionMutationVariables>;
export const CtReferToRegulatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtReferToRegulator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToRegulatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToRegulator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CtReferToRegulatorMutation, CtReferToRegulatorMutationVariables>;
export const CtTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CtTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRefs"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CtTaskQuery, CtTaskQueryVariables>;
export const CtAcknowledgeTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtAcknowledgeTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CtAcknowledgeTaskMutation, CtAcknowledgeTaskMutationVariables>;
export const CtAnswerTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtAnswerTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CtAnswerTaskMutation, CtAnswerTaskMutationVariables>;
export const CtRejectTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtRejectTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CtRejectTaskMutation, CtRejectTaskMutationVariables>;
export const CtAnswerSuspensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtAnswerSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSuspensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"resultReason"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contractHolder"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CtAnswerSuspensionMutation, CtAnswerSuspensionMutationVariables>;
export const CtReportSupervisoryActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtReportSupervisoryAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSupervisoryActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSupervisoryAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryAction"}},{"kind":"Field","name":{"kind":"Name","value":"actionTakenOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CtReportSupervisoryActionMutation, CtReportSupervisoryActionMutationVariables>;
export const CtRecordEvidenceReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtRecordEvidenceReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvidenceRequestReceivedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvidenceRequestReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receivedEvidence"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CtRecordEvidenceReceivedMutation, CtRecordEvidenceReceivedMutationVariables>;
export const CtSetLabourReferralStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CtSetLabourReferralStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLabourReferralStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLabourReferralStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"labourReferralStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CtSetLabourReferralStatusMutation, CtSetLabourReferralStatusMutationVariables>;
export const CwCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CwCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"owningAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeIds"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CwTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CwTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CwCaseQuery, CwCaseQueryVariables>;
export const CwUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CwUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"USERNAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]} as unknown as DocumentNode<CwUsersQuery, CwUsersQueryVariables>;
export const CwAssignCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CwAssignCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeIds"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CwAssignCaseMutation, CwAssignCaseMutationVariables>;
export const CwCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CwCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CwTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CwTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CwCreateTaskMutation, CwCreateTaskMutationVariables>;
export const CwWithdrawTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CwWithdrawTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<CwWithdrawTaskMutation, CwWithdrawTaskMutationVariables>;
export const DwAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"prefectureId"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<DwAgenciesQuery, DwAgenciesQueryVariables>;
export const DwDepartureNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwDepartureNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departingResident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"immigrationNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DwNoteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DwNoteFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DwNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartureNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<DwDepartureNotesQuery, DwDepartureNotesQueryVariables>;
export const DwAddImmigrationNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DwAddImmigrationNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDepartureNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDepartureImmigrationNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DwNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DwNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartureNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<DwAddImmigrationNoteMutation, DwAddImmigrationNoteMutationVariables>;
export const DwAddRiskNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DwAddRiskNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDepartureNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDepartureRiskNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DwNoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DwNoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DepartureNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<DwAddRiskNoteMutation, DwAddRiskNoteMutationVariables>;
export const FwImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FwImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardingImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"allOrNothing"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<FwImportQuery, FwImportQueryVariables>;
export const FwCarriersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FwCarriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<FwCarriersQuery, FwCarriersQueryVariables>;
export const FwRestrictStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FwRestrictStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictStockNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restrictedCount"}},{"kind":"Field","name":{"kind":"Name","value":"taskIds"}}]}}]}}]} as unknown as DocumentNode<FwRestrictStockMutation, FwRestrictStockMutationVariables>;
export const FwContractHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FwContractHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardingContractHolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractHolder"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"refusalRecommended"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FwContractHoldersQuery, FwContractHoldersQueryVariables>;
export const RwCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RwCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentPost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"suspectIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCriminalCases"}},{"kind":"Field","name":{"kind":"Name","value":"investigationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentTakedowns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"templateId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recheckDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]}}]} as unknown as DocumentNode<RwCaseQuery, RwCaseQueryVariables>;
export const RwRecordTakedownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RwRecordTakedown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRecruitmentTakedownInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRecruitmentTakedown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recheckDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<RwRecordTakedownMutation, RwRecordTakedownMutationVariables>;
export const RwUpdateInvestigationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RwUpdateInvestigation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRecruitmentInvestigationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRecruitmentInvestigation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"suspectIdentity"}},{"kind":"Field","name":{"kind":"Name","value":"linkedCriminalCases"}},{"kind":"Field","name":{"kind":"Name","value":"investigationNotes"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<RwUpdateInvestigationMutation, RwUpdateInvestigationMutationVariables>;
export const ActivityReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReportFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<ActivityReportsQuery, ActivityReportsQueryVariables>;
export const ActivityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<ActivityReportQuery, ActivityReportQueryVariables>;
export const ActivityReportTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityReportTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReportGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReportState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityReportTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"reports"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}}]}}]}}]}}]} as unknown as DocumentNode<ActivityReportTotalsQuery, ActivityReportTotalsQueryVariables>;
export const CreateActivityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<CreateActivityReportMutation, CreateActivityReportMutationVariables>;
export const UpdateActivityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<UpdateActivityReportMutation, UpdateActivityReportMutationVariables>;
export const SubmitActivityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReportVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitActivityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<SubmitActivityReportMutation, SubmitActivityReportMutationVariables>;
export const ApproveActivityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReportVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveActivityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<ApproveActivityReportMutation, ApproveActivityReportMutationVariables>;
export const ReturnActivityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnActivityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnActivityReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnActivityReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"activityDate"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"foreignResidentsReached"}},{"kind":"Field","name":{"kind":"Name","value":"interpreters"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}},{"kind":"Field","name":{"kind":"Name","value":"arrests"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"stationAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"stationName"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<ReturnActivityReportMutation, ReturnActivityReportMutationVariables>;
export const ComplianceOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"answeredLate"}},{"kind":"Field","name":{"kind":"Name","value":"stillOpen"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<ComplianceOnlyQuery, ComplianceOnlyQueryVariables>;
export const MyExportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyExports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myExports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<MyExportsQuery, MyExportsQueryVariables>;
export const RequestCaseExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCaseExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseSortInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCaseExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<RequestCaseExportMutation, RequestCaseExportMutationVariables>;
export const RequestTaskExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTaskExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskExportScope"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTaskExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<RequestTaskExportMutation, RequestTaskExportMutationVariables>;
export const RequestDashboardExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDashboardExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDashboardExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<RequestDashboardExportMutation, RequestDashboardExportMutationVariables>;
export const RequestActivityReportExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestActivityReportExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityReportFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestActivityReportExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]} as unknown as DocumentNode<RequestActivityReportExportMutation, RequestActivityReportExportMutationVariables>;
export const AgencyTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VisibleTaskFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyTasksQuery, AgencyTasksQueryVariables>;
export const SubmitTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TipIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitTipMutation, SubmitTipMutationVariables>;
export const RecordPhoneTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPhoneTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TipIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPhoneTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordPhoneTipMutation, RecordPhoneTipMutationVariables>;
export const TipsterViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TipsterView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TipsterCredentialsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipsterView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<TipsterViewMutation, TipsterViewMutationVariables>;
export const AddTipInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTipInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TipsterInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTipInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddTipInformationMutation, AddTipInformationMutationVariables>;
export const TipNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"infoRequested"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rewards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}}]}}]}}]}}]} as unknown as DocumentNode<TipNoticesQuery, TipNoticesQueryVariables>;
export const TipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TipFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"wantsReward"}},{"kind":"Field","name":{"kind":"Name","value":"rewardAmount"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<TipsQuery, TipsQueryVariables>;
export const TipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"classifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAgencyId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"selfIdentification"}},{"kind":"Field","name":{"kind":"Name","value":"wantsReward"}},{"kind":"Field","name":{"kind":"Name","value":"disqualifications"}},{"kind":"Field","name":{"kind":"Name","value":"rewardAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rewardDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardNoticePostedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardNoticeRemovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"infoRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"additionalInformation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}}]}}]} as unknown as DocumentNode<TipQuery, TipQueryVariables>;
export const ClassifyTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]} as unknown as DocumentNode<ClassifyTipMutation, ClassifyTipMutationVariables>;
export const RequestTipInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTipInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestTipInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTipInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RequestTipInformationMutation, RequestTipInformationMutationVariables>;
export const WithdrawTipInformationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawTipInformationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawTipInformationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTipInformationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WithdrawTipInformationRequestMutation, WithdrawTipInformationRequestMutationVariables>;
export const ForwardTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAgencyId"}}]}}]}}]} as unknown as DocumentNode<ForwardTipMutation, ForwardTipMutationVariables>;
export const DecideTipRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTipReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTipRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTipReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rewardAmount"}}]}}]}}]} as unknown as DocumentNode<DecideTipRewardMutation, DecideTipRewardMutationVariables>;
export const RecordTipInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTipInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTipInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTipInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordTipInformationMutation, RecordTipInformationMutationVariables>;
export const RecordRewardPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRewardPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRewardPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRewardPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]} as unknown as DocumentNode<RecordRewardPaymentMutation, RecordRewardPaymentMutationVariables>;
export const OpenCaseFromTipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCaseFromTip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseFromTipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCaseFromTip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<OpenCaseFromTipMutation, OpenCaseFromTipMutationVariables>;
export const RewardLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RewardLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"byMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"rewardAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"rewardPaymentMethod"}}]}}]}}]}}]} as unknown as DocumentNode<RewardLedgerQuery, RewardLedgerQueryVariables>;
export const TipReportFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TipReportFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TipReportFileFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipReportFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstDownloadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}},{"kind":"Field","name":{"kind":"Name","value":"redactedFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<TipReportFilesQuery, TipReportFilesQueryVariables>;
export const GenerateTipReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateTipReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateTipReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateTipReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]} as unknown as DocumentNode<GenerateTipReportMutation, GenerateTipReportMutationVariables>;