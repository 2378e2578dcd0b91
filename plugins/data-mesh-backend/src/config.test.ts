import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_BUSINESS_UNIT_PHASE_RULES,
  DEFAULT_DOMAIN_PHASE_RULES,
  DEFAULT_ORGANIZATION_PHASE_RULES,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { readDataMeshBackendOptions } from './config';

const read = (dataMesh: unknown) =>
  readDataMeshBackendOptions(new ConfigReader({ dataMesh } as any));

describe('readDataMeshBackendOptions', () => {
  it('has sensible defaults', () => {
    expect(read(undefined)).toEqual({
      schedule: {
        frequency: { hours: 6 },
        initialDelay: { seconds: 15 },
        timeout: { minutes: 5 },
      },
      complementarySchedule: {
        frequency: { hours: 1 },
        initialDelay: { minutes: 1 },
        timeout: { minutes: 30 },
      },
      historyRetention: { years: 2 },
      organizationRules: DEFAULT_ORGANIZATION_PHASE_RULES,
      domainRules: DEFAULT_DOMAIN_PHASE_RULES,
      businessUnitRules: DEFAULT_BUSINESS_UNIT_PHASE_RULES,
      organizationDeclaredPhase: null,
      permissionCacheTtl: { seconds: 10 },
      exampleHistory: false,
      followChanges: true,
      exampleContractVersions: [],
      notifications: {
        enabled: true,
        platformTeam: null,
        organizationRecipients: [],
        maxBlockersPerRun: 20,
      },
    });
  });

  it('names a bad limit on the blockers told one by one', () => {
    expect(
      read({ notifications: { maxBlockersPerRun: 0 } }).notifications
        .maxBlockersPerRun,
    ).toBe(0);
    expect(() => read({ notifications: { maxBlockersPerRun: 2.5 } })).toThrow(
      'dataMesh.notifications.maxBlockersPerRun must be a whole number of at least 0; got 2.5',
    );
  });

  it('reads the whole catalog every ten minutes by default when told changes are not followed', () => {
    expect(read({ changes: { enabled: false } }).schedule.frequency).toEqual({
      minutes: 10,
    });
  });

  it('follows told changes unless switched off, and names a bad switch', () => {
    expect(read({ changes: { enabled: false } }).followChanges).toBe(false);
    expect(() => read({ changes: { enabled: 'sometimes' } })).toThrow(
      /dataMesh\.changes\.enabled/,
    );
  });

  it("reads the complementary search's schedule apart from the recompute's", () => {
    const options = read({
      schedule: { frequency: { minutes: 2 } },
      complementary: {
        schedule: { frequency: { cron: '0 3 * * *' }, timeout: { hours: 1 } },
      },
    });
    expect(options.schedule.frequency).toEqual({ minutes: 2 });
    expect(options.complementarySchedule).toEqual({
      frequency: { cron: '0 3 * * *' },
      initialDelay: { minutes: 1 },
      timeout: { hours: 1 },
    });
  });

  it('runs a task only when triggered if so configured, and names a bad trigger', () => {
    expect(
      read({
        complementary: { schedule: { frequency: { trigger: 'manual' } } },
      }).complementarySchedule.frequency,
    ).toEqual({ trigger: 'manual' });
    expect(() =>
      read({
        complementary: { schedule: { frequency: { trigger: 'daily' } } },
      }),
    ).toThrow(
      "Invalid dataMesh.complementary.schedule.frequency.trigger: expected 'manual', got 'daily'",
    );
  });

  it('replaces a default frequency whole and names the schedule of a bad duration', () => {
    expect(read({ schedule: { frequency: { hours: 1 } } }).schedule).toEqual({
      frequency: { hours: 1 },
      initialDelay: { seconds: 15 },
      timeout: { minutes: 5 },
    });
    expect(() =>
      read({ complementary: { schedule: { timeout: 'soon' } } }),
    ).toThrow(
      "In dataMesh.complementary.schedule: Invalid duration 'soon' in config at 'timeout'",
    );
  });

  it('reads the notifications, a bare name being a group', () => {
    expect(
      read({
        notifications: {
          enabled: false,
          platformTeam: 'platform',
          organizationRecipients: ['group:leads', 'user:default/cdo'],
          maxBlockersPerRun: 5,
        },
      }).notifications,
    ).toEqual({
      enabled: false,
      platformTeam: 'group:default/platform',
      organizationRecipients: ['group:default/leads', 'user:default/cdo'],
      maxBlockersPerRun: 5,
    });
  });

  it('reads schedule, retention, rules and a declared phase', () => {
    const options = read({
      schedule: {
        frequency: { cron: '*/5 * * * *' },
        initialDelay: { seconds: 1 },
      },
      history: { retention: { days: 90 } },
      phaseRules: {
        organization: { exploit: { liveUseCases: 4, contractCoverage: 0.9 } },
        businessUnit: { scale: { adoptingDomains: 3 } },
      },
      exampleHistory: true,
      organization: { declaredPhase: { phase: 'exploit', reason: 'Board' } },
      permissions: { cacheTtl: { seconds: 0 } },
    });
    expect(options.permissionCacheTtl).toEqual({ seconds: 0 });
    expect(options.schedule.frequency).toEqual({ cron: '*/5 * * * *' });
    expect(options.schedule.initialDelay).toEqual({ seconds: 1 });
    expect(options.historyRetention).toEqual({ days: 90 });
    // A configured phase replaces that phase's criteria; the other keeps its defaults.
    expect(options.organizationRules).toEqual({
      scale: DEFAULT_ORGANIZATION_PHASE_RULES.scale,
      exploit: { liveUseCases: 4, contractCoverage: 0.9 },
    });
    expect(options.businessUnitRules).toEqual({
      scale: { adoptingDomains: 3 },
      exploit: DEFAULT_BUSINESS_UNIT_PHASE_RULES.exploit,
    });
    expect(options.exampleHistory).toBe(true);
    expect(options.organizationDeclaredPhase).toEqual({
      phase: 'exploit',
      reason: 'Board',
    });
  });

  it.each([
    [
      { phaseRules: { domain: { scale: { teams: 3 } } } },
      'dataMesh.phaseRules.domain.scale.teams is not a phase metric; expected one of domains, adoptingDomains, adoption, activeDataProducts, realUseCases, liveUseCases, domainOwnership, availableCapabilities, contractCoverage',
    ],
    [
      { phaseRules: { domain: { exploit: { contractCoverage: 80 } } } },
      'dataMesh.phaseRules.domain.exploit.contractCoverage must be a share between 0 and 1; got 80',
    ],
    [
      { phaseRules: { organization: { exploit: { adoption: 50 } } } },
      'dataMesh.phaseRules.organization.exploit.adoption must be a share between 0 and 1; got 50',
    ],
    [
      { phaseRules: { organization: { scale: { realUseCases: -1 } } } },
      'dataMesh.phaseRules.organization.scale.realUseCases must be zero or more; got -1',
    ],
    [
      { phaseRules: { businessUnit: { exploit: { domainOwnership: 2 } } } },
      'dataMesh.phaseRules.businessUnit.exploit.domainOwnership must be a share between 0 and 1; got 2',
    ],
    [
      { organization: { declaredPhase: { phase: 'sustain' } } },
      'dataMesh.organization.declaredPhase.phase must be one of bootstrap, scale, exploit; got "sustain"',
    ],
    [
      { notifications: { platformTeam: 'group:' } },
      'dataMesh.notifications.platformTeam must be an entity ref; got "group:"',
    ],
  ])('rejects %j naming the key', (dataMesh, message) => {
    expect(() => read(dataMesh)).toThrow(message);
  });
});
