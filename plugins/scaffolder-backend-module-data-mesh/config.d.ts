export interface Config {
  dataMesh?: {
    /** Settings of the Data Mesh Portfolio scaffolder module. */
    scaffolder?: {
      /**
       * Publishing into a folder of this backend's disk, for portals without
       * a git host. Leave it out in production.
       */
      localPublish?: {
        /**
         * The folder `data-mesh:publish:local` writes to, relative to the
         * backend's working directory. The action exists only when this is
         * set. Created entities show up once the catalog has a file location
         * reading every `catalog-info.yaml` one folder below it (a glob).
         */
        directory?: string;
      };
    };
  };
}
