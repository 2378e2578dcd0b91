/**
 * Test helpers of Data Mesh Portfolio: builders of small organisations to
 * feed the real portfolio functions in tests of any package.
 *
 * @packageDocumentation
 */
export * from './entities';
export * from './malformedDocuments';
