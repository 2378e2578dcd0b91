import type { Config } from '@backstage/config';
import {
  DATA_MESH_PHASES,
  DataMeshPhase,
  DeclaredPhase,
  PHASE_METRICS,
  PHASE_METRIC_SCALES,
  PhaseCriteria,
  PhaseMetric,
  PhaseRules,
} from '@data-mesh-portfolio/plugin-data-mesh-common';

/*
 * The phase rules and the declared phase of the configuration, checked:
 * a metric the API does not have, or a share outside 0 to 1, fails
 * start-up naming the key.
 */

function readCriteria(
  config: Config | undefined,
  path: string,
  defaults: PhaseCriteria,
): PhaseCriteria {
  if (!config) return defaults;
  const criteria: PhaseCriteria = {};
  for (const key of config.keys()) {
    const metric = key as PhaseMetric;
    if (!PHASE_METRICS.includes(metric)) {
      throw new Error(
        `${path}.${key} is not a phase metric; expected one of ${PHASE_METRICS.join(
          ', ',
        )}`,
      );
    }
    const value = config.getNumber(key);
    const max = PHASE_METRIC_SCALES[metric] === 'share' ? 1 : Infinity;
    if (!(value >= 0 && value <= max)) {
      throw new Error(
        `${path}.${key} must be ${
          max === 1 ? 'a share between 0 and 1' : 'zero or more'
        }; got ${value}`,
      );
    }
    criteria[metric] = value;
  }
  return criteria;
}

/** The phase rules of one kind of scope; an omitted phase keeps its defaults. */
export function readRules(
  config: Config,
  scope: string,
  defaults: PhaseRules,
): PhaseRules {
  const path = `dataMesh.phaseRules.${scope}`;
  const rules = config.getOptionalConfig(path);
  return {
    scale: readCriteria(
      rules?.getOptionalConfig('scale'),
      `${path}.scale`,
      defaults.scale,
    ),
    exploit: readCriteria(
      rules?.getOptionalConfig('exploit'),
      `${path}.exploit`,
      defaults.exploit,
    ),
  };
}

/** The phase declared for the whole organisation, when configured. */
export function readDeclaredPhase(config: Config): DeclaredPhase | null {
  const path = 'dataMesh.organization.declaredPhase';
  const declared = config.getOptionalConfig(path);
  if (!declared) return null;
  const phase = declared.getString('phase');
  if (!(DATA_MESH_PHASES as readonly string[]).includes(phase)) {
    throw new Error(
      `${path}.phase must be one of ${DATA_MESH_PHASES.join(
        ', ',
      )}; got "${phase}"`,
    );
  }
  return {
    phase: phase as DataMeshPhase,
    reason: declared.getOptionalString('reason') ?? null,
  };
}
