/**
 * @kommunkompassen/core/messages: the one message catalogue of every Kommunkompassen package, typed
 * and per language (Swedish and English). Each part is its own export so that a bundle carries only
 * the parts it uses: the components' texts, the validator's issues, the importer's findings, the
 * embed's and the CLI's texts.
 *
 * Text in a language other than the page's is marked with its own `lang` by whoever shows it
 * ({@link textIn}).
 *
 * @packageDocumentation
 */
export type { Lang } from "../text/format";
export { LANGS, isLang, textIn, type LangText } from "./lang";
export { componentMessages, type ComponentMessages } from "./components";
export { embedMessages, type EmbedMessages, type EmbedFailureReason } from "./embed";
export { pageMessages, type PageMessages } from "./pages";
export { cliMessages, type CliMessages, type ReadProblem, type WriteProblem, type StatsMessages } from "./cli";
export {
  importMessages,
  IMPORT_FINDING_CODES,
  type ImportMessages,
  type ImportFindingCode,
  type FindingValues,
  type FindingWording,
  type ResultsNotes,
} from "./import";
export { issueMessages, issueText, ISSUE_KINDS, type IssueKind, type IssueMessages, type IssueWording } from "./issues";
export { demoMessages, type DemoMessages } from "./demo";
export { downloadMessages, csvWords, type DownloadMessages, type CsvWords } from "./downloads";
export {
  studioMessages,
  type StudioMessages,
  type StudioSourceKind,
  type StudioField,
  type StudioQuestionField,
} from "./studio";
