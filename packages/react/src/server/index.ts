/**
 * @kommunkompassen/react/server: whole pages rendered on the server, for Node servers and static
 * site generators (SKR's site, a Next.js route handler, `kompass render`). Self-contained HTML
 * documents with a strict Content-Security-Policy and no scripts, report fragments with their
 * stylesheet, the index page of a folder of reports, and a whole site of a collection (its overview,
 * the position of every evaluation within its model, each municipality's timeline). Works with React 18 and 19 (it uses the
 * app's `react-dom/server`).
 *
 * @packageDocumentation
 */
export {
  renderReportDocument,
  renderReportFragment,
  renderHtmlDocument,
  contentSecurityPolicy,
  escapeHtml,
  type RenderLang,
  type RenderTheme,
  type RenderReportOptions,
  type RenderReportDocumentOptions,
  type RenderReportFragmentOptions,
  type ReportFragment,
  type HtmlDocumentOptions,
} from "./document";
export { renderIndexDocument, type IndexEntry, type RenderIndexOptions } from "./index-page";
export { renderSite, type RenderSiteOptions, type Site, type SiteFile } from "./site";
export { reportStylesheet, PAGE_CSS } from "./styles";
export { planFolder, pageFileName, sameMunicipality, slugify, type FolderEntry, type FolderPage } from "./folder";
export {
  renderChartSvg,
  renderCardSvg,
  NothingToDrawError,
  PICTURE_FONT_FAMILY,
  type PictureChart,
  type RenderPictureOptions,
} from "./picture";
