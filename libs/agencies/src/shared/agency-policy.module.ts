import { DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { PolicyRegistry, type AgencyPolicy } from '@renkei/authz';

const POLICY = Symbol('agency.policy');

@Injectable()
class PolicyRegistrar implements OnApplicationBootstrap {
  constructor(
    private readonly registry: PolicyRegistry,
    @Inject(POLICY) private readonly policy: AgencyPolicy,
  ) {}

  // After every lib's onModuleInit: the subjects the policy names are registered by then.
  onApplicationBootstrap(): void {
    this.registry.registerAgencyPolicy(this.policy);
  }
}

/** Registers one agency kind's policy file with the registry. */
@Module({})
export class AgencyPolicyModule {
  static forPolicy(policy: AgencyPolicy): DynamicModule {
    return {
      module: AgencyPolicyModule,
      providers: [{ provide: POLICY, useValue: policy }, PolicyRegistrar],
    };
  }
}
