export interface Config {
  /** Configuration of the Data Mesh Portfolio backend. */
  dataMesh?: {};
}
