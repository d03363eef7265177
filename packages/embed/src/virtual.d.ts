/** The components' English texts, taken out of the element's script by the build (build-options.mjs). */
declare module "virtual:kk-component-messages-en" {
  import type { ComponentMessages } from "@kommunkompassen/core/messages";
  export const en: ComponentMessages;
}

/** The report page's Swedish texts, taken out of the element's script by the build (build-options.mjs). */
declare module "virtual:kk-component-messages-sv-report" {
  import type { ComponentMessages } from "@kommunkompassen/core/messages";
  export const svReport: Partial<ComponentMessages>;
}
