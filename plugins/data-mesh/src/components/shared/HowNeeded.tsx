import type { RefSample } from '@data-mesh-portfolio/plugin-data-mesh-common';
import { RefSampleLinks } from './RefSampleLinks';

/** Props of {@link HowNeeded}. */
export interface HowNeededProps {
  /** Whether the entity requires the capability itself. */
  direct: boolean;
  /** The data products it needs the capability through. */
  dataProducts: RefSample;
  /** Opens the whole list of data products; none when omitted. */
  onShowAll?: () => void;
}

/**
 * How a use case or data product comes to need a capability: itself
 * ("Directly"), through data products ("Via" a sample of them), or both.
 */
export function HowNeeded(props: HowNeededProps) {
  const { direct, dataProducts, onShowAll } = props;
  return (
    <>
      {direct && 'Directly'}
      {dataProducts.count > 0 && (
        <>
          {direct ? ' and via ' : 'Via '}
          <RefSampleLinks
            sample={dataProducts}
            defaultKind="DataProduct"
            noun="data products"
            onShowAll={onShowAll}
          />
        </>
      )}
    </>
  );
}
