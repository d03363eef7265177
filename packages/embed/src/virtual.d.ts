/** The components' English texts, taken out of the element's script by the build (build-options.mjs). */
declare module "virtual:kk-component-messages-en" {
  import type { ComponentMessages } from "@kommunkompassen/core/messages";
  export const en: ComponentMessages;
}
