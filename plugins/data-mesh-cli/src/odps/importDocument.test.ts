import {
  DataProductEntity,
  validateCatalogEntity,
  validateDataMeshEntity,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { ODPS_FIXTURES, fixture } from './__fixtures__';
import { catalogPortNames, importOdpsDocument } from './importDocument';
import { validateOdpsDocument } from './schema';
import { ODPS_ANNOTATION } from './types';

const options = { domain: 'retail-stores', owner: 'group:stores-team' };

function imported(document: Record<string, any>, given = {}) {
  const result = importOdpsDocument(document, given);
  if (!result.ok) throw new Error(JSON.stringify(result.missing));
  return result;
}

function keptOf(entity: DataProductEntity): Record<string, any> {
  return JSON.parse(entity.metadata.annotations![ODPS_ANNOTATION]);
}

describe('importOdpsDocument', () => {
  it.each(ODPS_FIXTURES)(
    'makes from %s an entity that the catalog accepts',
    async name => {
      // The fixtures must be real ODPS, or this proves nothing.
      expect(validateOdpsDocument(fixture(name))).toEqual([]);
      const { entity } = imported(fixture(name), options);
      expect(validateDataMeshEntity(entity)).toEqual([]);
      const { errors } = await validateCatalogEntity(entity);
      expect(errors).toEqual([]);
    },
  );

  it('maps the fields the model has, and keeps the rest in the annotation', () => {
    const { entity, notes } = imported(fixture('customer-360.odps.yaml'));
    expect(notes).toEqual([]);
    expect(entity.metadata).toMatchObject({
      name: '3f1c9a52-7d44-4e0b-9b8e-2c5d6a7e8f90',
      title: 'Customer 360',
      description: 'One profile per customer across web, app and stores.',
      tags: ['customer', 'pii', 'employee-record'],
    });
    expect(entity.spec).toEqual({
      owner: 'customer-data-team',
      domain: 'customer-experience',
      lifecycle: 'active',
      description: {
        purpose:
          'One profile per customer across web, app and stores.\nBuilt nightly from orders, loyalty and consent.',
        usage: 'Segmentation, personalisation and service dashboards.',
        limitations: 'Guest checkouts are not linked to a profile.',
      },
      inputPorts: [
        {
          name: 'orders-1.0.0',
          external:
            'ODPS contract 5b0e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b (version 1.0.0)',
        },
        {
          name: 'orders-2.0.0',
          external:
            'ODPS contract 5b0e7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5c (version 2.0.0)',
        },
        {
          name: 'consent',
          external:
            'ODPS contract 9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a (version 3.1.0)',
        },
      ],
      outputPorts: [
        {
          name: 'profiles',
          type: 'table',
          description: 'One row per customer profile',
          contract: { ref: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
        },
        { name: 'segments-api', type: 'api' },
        {
          name: 'segment-changes',
          type: 'other',
          description: 'Segment membership changes as events',
          contract: {
            ref: 'https://contracts.brightcart.example/customer/segment-changes.odcs.yaml',
          },
        },
      ],
    });

    const kept = keptOf(entity);
    // What the catalog has no field for, verbatim.
    expect(kept.version).toBe('2.3.0');
    expect(kept.tenant).toBe('Brightcart');
    expect(kept.customProperties).toEqual(
      fixture('customer-360.odps.yaml').customProperties,
    );
    expect(kept.team.members).toHaveLength(2);
    expect(kept.description).toEqual({
      customProperties: [{ property: 'reviewedBy', value: 'privacy-office' }],
    });
    // Originals of values the catalog had to change.
    expect(kept).toMatchObject({
      status: 'Active',
      domain: 'Customer Experience',
      team: { name: 'Customer Data Team' },
      tags: ['Customer', 'PII', 'employee_record', 'customer'],
    });
    expect(kept.inputPorts['orders-2.0.0']).toMatchObject({
      name: 'orders',
      version: '2.0.0',
      tags: ['orders'],
    });
    expect(kept.outputPorts['segment-changes']).toEqual({
      type: 'Kafka stream',
      version: '1.0.0',
    });
    // Values the catalog holds as they were are not kept twice.
    expect(kept).not.toHaveProperty('id');
    expect(kept).not.toHaveProperty('name');
    expect(kept.outputPorts['segments-api']).toEqual({ version: '1.4.0' });
  });

  it('writes no annotation when the catalog holds the whole document', () => {
    const { entity } = imported(fixture('loyalty-points.odps.yaml'));
    expect(entity.metadata.annotations).toBeUndefined();
    expect(entity.spec).toEqual({
      owner: 'loyalty-team',
      domain: 'marketing',
      lifecycle: 'proposed',
    });
  });

  it.each([
    ['proposed', 'proposed'],
    ['draft', 'draft'],
    ['active', 'active'],
    ['deprecated', 'deprecated'],
    ['retired', 'retired'],
    ['Retired', 'retired'],
  ])('gives status %s the lifecycle %s', (status, lifecycle) => {
    const document = { ...fixture('loyalty-points.odps.yaml'), status };
    const { entity, notes } = imported(document);
    expect(entity.spec.lifecycle).toBe(lifecycle);
    expect(notes).toEqual([]);
    expect(entity.metadata.annotations?.[ODPS_ANNOTATION] !== undefined).toBe(
      status !== lifecycle,
    );
  });

  it('does not count a status it cannot map as adoption, and says so', () => {
    const { entity, notes } = imported(fixture('returns-ledger.odps.yaml'));
    expect(entity.spec.lifecycle).toBe('draft');
    expect(keptOf(entity).status).toBe('production');
    expect(notes).toEqual([
      'status "production" is none of the model\'s lifecycles; spec.lifecycle is draft and the status is kept for export',
    ]);
  });

  it('makes entity names of ids, references of names, and keeps the originals', () => {
    const { entity } = imported(fixture('returns-ledger.odps.yaml'));
    expect(entity.metadata.name).toBe('returns-ledger-eu');
    expect(entity.spec.owner).toBe('reverse-logistics');
    expect(entity.spec.domain).toBe('fulfilment');
    expect(keptOf(entity)).toMatchObject({
      apiVersion: 'v0.9.0',
      id: 'Returns Ledger (EU)',
      team: { name: 'Reverse Logistics' },
    });
    const unnamable = imported({
      ...fixture('loyalty-points.odps.yaml'),
      id: '顧客データ',
    });
    expect(unnamable.entity.metadata.name).toMatch(/^odps-[0-9a-f]{8}$/);
    expect(keptOf(unnamable.entity).id).toBe('顧客データ');
  });

  it('keeps a contract id that is no contract reference in the annotation, and records a missing type', () => {
    const { entity } = imported(fixture('returns-ledger.odps.yaml'));
    expect(entity.spec.outputPorts).toEqual([
      { name: 'ledger-1', type: 'other' },
      {
        name: 'ledger-1-2',
        type: 'other',
        description: 'The same port again, as some registries list it twice',
      },
    ]);
    expect(keptOf(entity).outputPorts['ledger-1']).toEqual({
      name: 'ledger',
      type: null,
      contractId: 'urn:brightcart:contract:returns-ledger',
      version: '1',
    });
    expect(entity.spec.inputPorts).toEqual([
      {
        name: 'returns-raw',
        external:
          'ODPS contract urn:brightcart:contract:returns-raw (version 1)',
      },
    ]);
  });

  it('asks for a domain and an owner the document does not give', () => {
    expect(importOdpsDocument(fixture('unowned.odps.yaml'))).toEqual({
      ok: false,
      missing: [
        { option: 'domain', reason: 'the document has no domain' },
        { option: 'owner', reason: 'the document has no team.name' },
      ],
    });
    const unusable = { ...fixture('loyalty-points.odps.yaml'), domain: '販売' };
    expect(importOdpsDocument(unusable)).toEqual({
      ok: false,
      missing: [
        {
          option: 'domain',
          reason: 'domain "販売" gives no valid entity name',
        },
      ],
    });

    const { entity, notes } = imported(fixture('unowned.odps.yaml'), options);
    expect(entity.spec).toMatchObject(options);
    expect(notes).toEqual([]);
  });

  it('uses the document’s own domain and team over the options, and says so', () => {
    const { entity, notes } = imported(
      fixture('loyalty-points.odps.yaml'),
      options,
    );
    expect(entity.spec).toMatchObject({
      domain: 'marketing',
      owner: 'loyalty-team',
    });
    expect(notes).toEqual([
      '--domain is not used: the document gives one',
      '--owner is not used: the document gives one',
    ]);
  });

  it('keeps fields the standard does not define', () => {
    const document = {
      ...fixture('loyalty-points.odps.yaml'),
      xVendorScore: { stars: 4 },
      outputPorts: [{ name: 'points', version: '1', xRegion: 'eu' }],
    };
    const kept = keptOf(imported(document).entity);
    expect(kept.xVendorScore).toEqual({ stars: 4 });
    expect(kept.outputPorts.points).toMatchObject({ xRegion: 'eu' });
  });
});

describe('catalogPortNames', () => {
  it('keeps unique names and appends the version to repeated ones', () => {
    expect(
      catalogPortNames([
        { name: 'a', version: '1' },
        { name: 'b', version: '1' },
        { name: 'a', version: '2' },
        { name: 'a', version: '2' },
        { name: 'c#d', version: '1' },
      ]),
    ).toEqual(['a-1', 'b', 'a-2', 'a-2-2', 'c-d']);
  });
});
