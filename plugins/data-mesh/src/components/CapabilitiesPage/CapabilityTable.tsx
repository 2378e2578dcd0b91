import { Table, TableColumn } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type {
  CapabilitiesResponse,
  CapabilityItem,
  RefSample,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import { useMemo, useState } from 'react';
import { RefSampleLinks } from '../shared/RefSampleLinks';
import { useFocusRing } from '../shared/focusRing';
import { humanizeWord } from '../shared/presentation';
import { ServerPages, serverTableOptions } from '../shared/useServerPages';
import {
  CapabilityName,
  CapabilityStatusChip,
  personaText,
} from '../shared/CapabilityCells';
import {
  CapabilityDrillDown,
  CapabilityDrillDownTarget,
  CapabilityList,
} from './CapabilityDrillDown';

/**
 * What a table is about: real demand, demand from proposed use cases only,
 * or no demand at all (which needs fewer columns).
 */
export type CapabilityTableVariant = 'demand' | 'emerging' | 'none';

type Open = (item: CapabilityItem, list: CapabilityList) => void;

/** A sample cell; its list opens in the drill-down when more is hidden. */
function sampleColumn(
  title: string,
  pick: (item: CapabilityItem) => RefSample,
  options: { list: CapabilityList; defaultKind: string; noun: string },
  open: Open,
  always = false,
): TableColumn<CapabilityItem> {
  return {
    title,
    render: item => {
      const sample = pick(item);
      return (
        <RefSampleLinks
          sample={sample}
          defaultKind={options.defaultKind}
          noun={options.noun}
          onShowAll={
            always || sample.count > sample.sample.length
              ? () => open(item, options.list)
              : undefined
          }
        />
      );
    },
  };
}

function columnsFor(
  variant: CapabilityTableVariant,
  open: Open,
): TableColumn<CapabilityItem>[] {
  const columns: TableColumn<CapabilityItem>[] = [
    { title: 'Capability', render: item => <CapabilityName item={item} /> },
    {
      title: 'Status',
      render: item => <CapabilityStatusChip status={item.status} />,
    },
    {
      title: 'Category',
      render: item => item.category && humanizeWord(item.category),
    },
  ];
  if (variant === 'demand') {
    const samples = (item: CapabilityItem) => item.demand.samples;
    columns.push(
      {
        title: 'Demand',
        align: 'right',
        render: ({ demand }) => (
          <>
            {demand.count}
            {demand.samples.direct.count > 0 && (
              <Typography
                variant="caption"
                component="div"
                color="textSecondary"
              >
                {demand.samples.direct.count} directly
              </Typography>
            )}
          </>
        ),
      },
      // The use cases always open: the drill-down says how each needs it.
      sampleColumn(
        'Use cases',
        item => samples(item).useCases,
        { list: 'useCases', defaultKind: 'UseCase', noun: 'use cases' },
        open,
        true,
      ),
      sampleColumn(
        'Via data products',
        item => samples(item).dataProducts,
        {
          list: 'dataProducts',
          defaultKind: 'DataProduct',
          noun: 'data products',
        },
        open,
      ),
      sampleColumn(
        'Domains',
        item => samples(item).domains,
        { list: 'domains', defaultKind: 'domain', noun: 'domains' },
        open,
      ),
      { title: 'Personas', render: item => personaText(item.demand.personas) },
      {
        title: 'Highest value',
        render: ({ demand }) =>
          demand.highestValue && humanizeWord(demand.highestValue),
      },
    );
  } else if (variant === 'emerging') {
    columns.push(
      {
        title: 'Proposed use cases',
        align: 'right',
        render: item => item.emergingDemand.count,
      },
      sampleColumn(
        'Use cases',
        item => item.emergingDemand.samples.useCases,
        {
          list: 'emerging',
          defaultKind: 'UseCase',
          noun: 'proposed use cases',
        },
        open,
        true,
      ),
    );
  }
  return columns;
}

/** Props of {@link CapabilityTable}. */
export interface CapabilityTableProps {
  /** Accessible name of the table's region, when the table needs one. */
  label?: string;
  pages: ServerPages<CapabilityItem, CapabilitiesResponse>;
  variant?: CapabilityTableVariant;
  /** Said when a page has no rows (filters exclude everything). */
  emptyMessage?: string;
}

/**
 * A page of capabilities as the server orders them (most demanded first),
 * with who needs each: counts, the first use cases, data products and
 * domains, and a drill-down into the whole of each list.
 */
export function CapabilityTable(props: CapabilityTableProps) {
  const { label, pages, variant = 'demand', emptyMessage } = props;
  const [drillDown, setDrillDown] = useState<CapabilityDrillDownTarget>();
  const columns = useMemo(
    () =>
      columnsFor(variant, (capability, list) =>
        setDrillDown({ capability, list }),
      ),
    [variant],
  );
  const { focusRing } = useFocusRing();
  return (
    <Box
      component={label ? 'section' : 'div'}
      aria-label={label}
      className={focusRing}
    >
      <Table<CapabilityItem>
        key={pages.tableKey}
        columns={columns}
        data={pages.data}
        options={serverTableOptions()}
        localization={{
          body: { emptyDataSourceMessage: emptyMessage ?? 'None' },
        }}
        style={{ boxShadow: 'none' }}
      />
      {drillDown && (
        <CapabilityDrillDown
          {...drillDown}
          onClose={() => setDrillDown(undefined)}
        />
      )}
    </Box>
  );
}
