/**
 * How the components word a validation issue: the catalogue's `issueText` (Swedish and English).
 * One module on its own so that the embed, which shows its own message for invalid data before any
 * component validates, can build with a smaller wording (English, marked `lang="en"`).
 */
export { issueText } from "@kommunkompassen/core/messages";
