/*
 * Icons of the kinds this project adds. Backstage has no icon for them, so
 * without these the catalog and its graph show the kinds without one.
 */
import type { IconComponent } from '@backstage/core-plugin-api';
import BubbleChartIcon from '@material-ui/icons/BubbleChart';
import BuildIcon from '@material-ui/icons/Build';
import EmojiObjectsIcon from '@material-ui/icons/EmojiObjects';
import LayersIcon from '@material-ui/icons/Layers';

/**
 * Icon of `kind: DataProduct`.
 *
 * @public
 */
export const DataProductIcon: IconComponent = LayersIcon;

/**
 * Icon of `kind: UseCase`.
 *
 * @public
 */
export const UseCaseIcon: IconComponent = EmojiObjectsIcon;

/**
 * Icon of `kind: PlatformCapability`.
 *
 * @public
 */
export const PlatformCapabilityIcon: IconComponent = BuildIcon;

/**
 * Icon of the Data Mesh Portfolio page and plugin.
 *
 * @public
 */
export const DataMeshIcon: IconComponent = BubbleChartIcon;

/**
 * The kind icons keyed by lower-case kind, the form the catalog's entity
 * presentation API (`kindIcons`) and the app's `kind:<kind>` system icons
 * use.
 *
 * @public
 */
export const dataMeshKindIcons: Record<string, IconComponent> = {
  dataproduct: DataProductIcon,
  usecase: UseCaseIcon,
  platformcapability: PlatformCapabilityIcon,
};
