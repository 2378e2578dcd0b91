export * from './DataMeshApi';
export { DataMeshClient } from './DataMeshClient';
export { dataMeshApiFactory } from './dataMeshApiFactory';
