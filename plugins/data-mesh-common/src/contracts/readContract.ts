import {
  ContractElement,
  childrenOf,
  elementsByName,
  listOf,
  recordOf,
  textOf,
} from './elements';
import type {
  ContractObjectSummary,
  ContractPropertySummary,
  ContractQualityRule,
  ContractSummary,
  ReadContractOptions,
} from './contractSummary';

// Shown as the server's own fields, not among its details.
const SERVER_OWN_FIELDS = new Set([
  'server',
  'type',
  'environment',
  'description',
  'id',
]);

// Deeper nesting than this is not shown; it also keeps a document whose
// YAML aliases form a cycle from recursing forever.
const MAX_DEPTH = 32;

const OPERATORS = [
  'mustBe',
  'mustNotBe',
  'mustBeGreaterThan',
  'mustBeGreaterOrEqualTo',
  'mustBeLessThan',
  'mustBeLessOrEqualTo',
  'mustBeBetween',
  'mustNotBeBetween',
];

function conditionOf(rule: Record<string, unknown>): string | undefined {
  const operator = OPERATORS.find(op => rule[op] !== undefined);
  if (!operator) return undefined;
  const value = rule[operator];
  const shown = Array.isArray(value)
    ? value.map(textOf).join(' and ')
    : textOf(value) ?? JSON.stringify(value);
  return `${operator} ${shown}`;
}

function propertyOf(
  element: ContractElement,
  path: string,
  depth: number,
): ContractPropertySummary {
  const f = element.fields;
  const position =
    typeof f.primaryKeyPosition === 'number' ? f.primaryKeyPosition : undefined;
  return {
    path,
    name: element.name ?? 'items',
    depth,
    logicalType: textOf(f.logicalType),
    physicalType: textOf(f.physicalType),
    required: f.required === true,
    primaryKey: f.primaryKey === true,
    // -1 is the standard's "not part of the key".
    primaryKeyPosition:
      position !== undefined && position >= 0 ? position : undefined,
    classification: textOf(f.classification),
    description: textOf(f.description),
  };
}

/**
 * Summarises a data contract for display: its identity, each schema object
 * with its properties (nested ones with their path), quality rules, SLA
 * properties and servers. Bounded by `options`, with the totals counted;
 * never throws, whatever the input.
 *
 * @public
 */
export function readContract(
  document: unknown,
  options: ReadContractOptions = {},
): ContractSummary {
  const maxProperties = options.maxProperties ?? 200;
  const maxObjects = options.maxObjects ?? 100;
  const maxQualityRules = options.maxQualityRules ?? 200;
  const doc = recordOf(document) ?? {};
  const quality: ContractQualityRule[] = [];
  let qualityCount = 0;

  const addQuality = (rules: unknown, element: string) => {
    for (const item of listOf(rules)) {
      const rule = recordOf(item);
      if (!rule) continue;
      qualityCount++;
      if (quality.length >= maxQualityRules) continue;
      quality.push({
        element,
        name: textOf(rule.name),
        type: textOf(rule.type),
        dimension: textOf(rule.dimension),
        description: textOf(rule.description),
        metric: textOf(rule.metric) ?? textOf(rule.rule) ?? textOf(rule.query),
        condition: conditionOf(rule),
        severity: textOf(rule.severity),
      });
    }
  };

  const objects: ContractObjectSummary[] = [];
  const schema = elementsByName(doc.schema, '', 'schema', []);
  for (const object of schema.values()) {
    const name = object.name ?? '(unnamed)';
    const properties: ContractPropertySummary[] = [];
    let propertyCount = 0;
    const visit = (element: ContractElement, path: string, depth: number) => {
      if (depth >= MAX_DEPTH) return;
      const children = childrenOf(element);
      const nested: Array<[ContractElement, string]> = [
        ...[...children.properties.values()].map(
          child =>
            [child, `${path}${child.name ?? '(unnamed)'}`] as [
              ContractElement,
              string,
            ],
        ),
        ...(children.items
          ? [
              [children.items, `${path.replace(/\.$/, '')}[]`] as [
                ContractElement,
                string,
              ],
            ]
          : []),
      ];
      for (const [child, childPath] of nested) {
        propertyCount++;
        if (properties.length < maxProperties) {
          properties.push(propertyOf(child, childPath, depth));
        }
        addQuality(child.fields.quality, `${name}.${childPath}`);
        visit(child, `${childPath}.`, depth + 1);
      }
    };
    addQuality(object.fields.quality, name);
    visit(object, '', 0);
    if (objects.length < maxObjects) {
      objects.push({
        name,
        physicalName: textOf(object.fields.physicalName),
        physicalType: textOf(object.fields.physicalType),
        description: textOf(object.fields.description),
        properties,
        propertyCount,
      });
    }
  }

  return {
    id: textOf(doc.id),
    name: textOf(doc.name),
    version: textOf(doc.version),
    status: textOf(doc.status),
    apiVersion: textOf(doc.apiVersion),
    purpose: textOf(recordOf(doc.description)?.purpose),
    objects,
    objectCount: schema.size,
    quality,
    qualityCount,
    slaProperties: listOf(doc.slaProperties).flatMap(item => {
      const sla = recordOf(item);
      const property = textOf(sla?.property);
      if (!sla || !property) return [];
      return [
        {
          property,
          value: textOf(sla.value),
          unit: textOf(sla.unit),
          element: textOf(sla.element),
          driver: textOf(sla.driver),
          description: textOf(sla.description),
        },
      ];
    }),
    servers: listOf(doc.servers).flatMap(item => {
      const server = recordOf(item);
      const name = textOf(server?.server);
      if (!server || !name) return [];
      const details: Record<string, string> = {};
      for (const [key, value] of Object.entries(server)) {
        const text = textOf(value);
        if (text !== undefined && !SERVER_OWN_FIELDS.has(key))
          details[key] = text;
      }
      return [
        {
          server: name,
          type: textOf(server.type),
          environment: textOf(server.environment),
          description: textOf(server.description),
          details,
        },
      ];
    }),
  };
}
