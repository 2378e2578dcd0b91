/**
 * Backend of Data Mesh Portfolio: phase assessment and capability demand,
 * computed on the scheduler from the catalog, stored, and served by an
 * authenticated API under `/api/data-mesh`.
 *
 * @packageDocumentation
 */
// Only the plugin: no extension point takes the service, the store or the
// snapshot's types, so exporting them would only bind their shape.
export { dataMeshPlugin as default } from './plugin';
