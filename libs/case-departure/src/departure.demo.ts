import { Injectable, OnModuleInit } from '@nestjs/common';
import type { RequestContext, Tx } from '@renkei/core';
import { DemoSeedRegistry } from '@renkei/cases';
import { DepartureService } from './departure.service';
import { DepartureRepository } from './departure.repository';
import { AccountType, ContractType, DepartureNoteKind } from './departure.types';

/** DEMO.md case 1, with exactly its values. */
export const DEMO_RESIDENT = {
  romajiName: 'NGUYEN VAN AN',
  kanaName: 'グエン・ヴァン・アン',
  dateOfBirth: '1998-04-12',
  nationality: 'VN',
  statusOfResidence: '技能実習',
  residenceCardNumber: 'RZ48151623QX',
  residenceExpiry: '2026-12-15',
  plannedDeparture: '2026-12-20',
  address: '甲県甲市中央1-2-3 ハイツ甲 201',
  sakura: { branchName: '本店', accountNumber: '7301245' },
  midori: { branchName: '駅前支店', accountNumber: '8802317' },
  kotelPhone: '090-4815-1623',
  otsuMobilePhone: '080-2718-2818',
  riskNote: 'SNSで口座売買を持ち掛けられていた疑い',
  immigrationNote: '再入国許可なし',
};

/**
 * Files demo case 1 as `chuo.manager` through the real service: the person, the two accounts
 * (さくら銀行, みどり銀行), the two phones (甲テレコム, 乙モバイル), the police risk note, and the five
 * tasks (each bank, each carrier, immigration); immigration's note is then written by
 * `immigration.liaison`. Idempotent: nothing happens when 中央署 already has this residence card.
 */
@Injectable()
export class DepartureDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly service: DepartureService,
    private readonly repository: DepartureRepository,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'departing-resident', order: 40, seed: (tx, as) => this.seed(tx, as) });
  }

  async seed(tx: Tx, as: (username: string) => Promise<RequestContext>): Promise<boolean> {
    const ctx = await as('chuo.manager');
    const d = DEMO_RESIDENT;
    if (await this.repository.residentExists(tx.em, ctx.actor!.agencyId, d.residenceCardNumber)) return false;
    const code = async (c: string) => {
      const id = await this.repository.agencyIdByCode(tx.em, c);
      if (!id) throw new Error(`demo agency ${c} is missing`);
      return id;
    };
    const filed = await this.service.fileIn(ctx, tx, {
      person: {
        romajiName: d.romajiName, kanaName: d.kanaName, dateOfBirth: d.dateOfBirth, residenceCardNumber: d.residenceCardNumber, nationality: d.nationality,
        statusOfResidence: d.statusOfResidence, address: d.address, residenceExpiry: d.residenceExpiry, plannedDeparture: d.plannedDeparture,
      },
      accounts: [
        { bankAgencyId: await code('sakura-bank'), branchName: d.sakura.branchName, accountType: AccountType.ORDINARY, accountNumber: d.sakura.accountNumber },
        { bankAgencyId: await code('midori-bank'), branchName: d.midori.branchName, accountType: AccountType.ORDINARY, accountNumber: d.midori.accountNumber },
      ],
      contracts: [
        { carrierAgencyId: await code('kotel'), number: d.kotelPhone, contractType: ContractType.VOICE },
        { carrierAgencyId: await code('otsu-mobile'), number: d.otsuMobilePhone, contractType: ContractType.VOICE },
      ],
      riskNote: d.riskNote,
    });
    await this.service.addNoteIn(await as('immigration.liaison'), tx, filed.id, DepartureNoteKind.IMMIGRATION, d.immigrationNote);
    return true;
  }
}
