export interface Config {
  /** Settings of this portal's own backend modules. */
  portal?: {
    permissions?: {
      /**
       * Entities carrying this label are readable by their owners only;
       * without it, everyone may read everything.
       */
      restrictedLabel?: string;
      /** Let everyone read everything, whatever the labels say. */
      allowAll?: boolean;
    };
  };
}
