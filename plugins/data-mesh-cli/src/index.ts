/**
 * The `data-mesh` command line of Data Mesh Portfolio: validates
 * catalog-info.yaml files with the catalog's own validators, and imports and
 * exports Bitol Open Data Product Standard (ODPS) documents.
 *
 * @packageDocumentation
 */
export { main } from './cli';
export { CliError, processIo } from './io';
export type { CliIo } from './io';
