import { render } from "preact";
import {
  formatIssue,
  validateEvaluation,
  type Evaluation,
  type Lang,
  type Reference,
  type Theme,
} from "@kommunkompassen/react/internal";
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadJson, parseJson, type LoadResult } from "./load";
import { failureMessage } from "./messages";
import { EmbedView, VIEWS, type View } from "./views";

/** The tag name. */
export const TAG = "kommunkompass-profil";

/** Where this script was loaded from, to find kommunkompass.css beside it in shadow mode. */
const SCRIPT_URL: string | undefined =
  (typeof document !== "undefined" && (document.currentScript as HTMLScriptElement | null)?.src) ||
  (import.meta as { url?: string }).url ||
  undefined;

/** Elements that get a `part` name in shadow mode, for `::part()` styling from the host page. */
const PARTS: readonly [selector: string, part: string][] = [
  [".kk-chart", "chart"],
  [".kk-chart__title", "title"],
  [".kk-legend", "legend"],
  ["table", "table"],
  [".kk-error", "error"],
  [".kk-report", "report"],
];

let counter = 0;

/**
 * `<kommunkompass-profil>`: shows a Kommunkompassen profile from a same-origin JSON file (`src`) or
 * an inline `<script type="application/json">` child, with an optional previous evaluation
 * (`compare`) and reference series (`reference`), as one of the views radar, bars, table, deltas,
 * summary or report, in Swedish or English, light, dark or following the system.
 *
 * It renders into its own light DOM (the host page's fonts apply) unless it has the `shadow`
 * attribute. Until the data is shown, and if it cannot be, the element's own content (for example
 * the server-rendered fragment from `kompass render --fragment`) stays visible. Failures show a
 * short accessible message and are logged to the console; nothing is thrown into the host page.
 */
export class KommunkompassProfil extends HTMLElement {
  static observedAttributes = ["src", "compare", "reference", "view", "lang", "theme", "timeout"];

  private root: HTMLElement | ShadowRoot = this;
  private generation = 0;
  private mounted = false;
  private readonly idPrefix = `kk${++counter}-`;

  connectedCallback(): void {
    if (this.hasAttribute("shadow") && !this.shadowRoot) {
      this.root = this.attachShadow({ mode: "open" });
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = this.getAttribute("stylesheet") ?? new URL("kommunkompass.css", SCRIPT_URL ?? document.baseURI).href;
      this.root.append(link, document.createElement("slot"));
    }
    this.scheduleUpdate();
  }

  disconnectedCallback(): void {
    this.generation++;
    if (this.mounted) render(null, this.container());
    this.mounted = false;
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (this.isConnected && previous !== next) this.scheduleUpdate();
  }

  private pending = false;

  /**
   * Coalesces the attribute callbacks of an upgrade (one per attribute) and the connection into one
   * update per task, so the data is requested once.
   */
  private scheduleUpdate(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (this.isConnected) void this.update();
    });
  }

  /** Where the view is rendered: a wrapper in the shadow root, or a wrapper in the light DOM. */
  private container(): HTMLElement {
    let wrapper = this.root.querySelector<HTMLElement>(":scope > .kk-embed");
    if (!wrapper) {
      wrapper = document.createElement("div");
      wrapper.className = "kk-embed";
      this.root.append(wrapper);
    }
    return wrapper;
  }

  private get language(): Lang {
    const lang = this.getAttribute("lang") ?? this.closest("[lang]")?.getAttribute("lang") ?? "sv";
    return lang.startsWith("en") ? "en" : "sv";
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    try {
      const view = (this.getAttribute("view") ?? "radar") as View;
      const theme = (this.getAttribute("theme") ?? "light") as Theme;
      const timeoutMs = Number(this.getAttribute("timeout") ?? DEFAULT_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
      const options = { timeoutMs, maxBytes: DEFAULT_MAX_BYTES, baseUrl: document.baseURI };
      const inline = (role: string) => {
        const script = this.querySelector<HTMLScriptElement>(
          `script[type="application/json"]${role === "evaluation" ? ':not([data-kk]), script[type="application/json"][data-kk="evaluation"]' : `[data-kk="${role}"]`}`,
        );
        return script ? parseJson(script.textContent ?? "", `inline ${role}`) : undefined;
      };
      const source = (
        role: "evaluation" | "compare" | "reference",
        attribute: string,
      ): Promise<LoadResult> | LoadResult | undefined => {
        const src = this.getAttribute(attribute);
        return src ? loadJson(src, options) : inline(role);
      };
      const [main, compare, reference] = await Promise.all([
        source("evaluation", "src"),
        source("compare", "compare"),
        source("reference", "reference"),
      ]);
      if (generation !== this.generation) return;

      if (!VIEWS.includes(view))
        return this.fail(
          { reason: "invalid-evaluation", detail: `view="${view}"` },
          `unknown view "${view}"; expected one of ${VIEWS.join(", ")}`,
        );
      if (!main)
        return this.fail({ reason: "missing" }, 'no src attribute and no inline <script type="application/json">');
      for (const result of [main, compare, reference]) if (result && !result.ok) return this.fail(result, result);

      let data = (main as { data: unknown }).data;
      if (reference?.ok) {
        const extra = Array.isArray(reference.data) ? reference.data : [reference.data];
        if (typeof data === "object" && data !== null)
          data = {
            ...data,
            references: [...((data as { references?: Reference[] }).references ?? []), ...(extra as Reference[])],
          };
      }
      const checked = validateEvaluation(data);
      if (!checked.valid)
        return this.fail(
          { reason: "invalid-evaluation", detail: formatIssue(checked.errors[0]!) },
          checked.errors.map(formatIssue),
        );
      let previous: Evaluation | undefined;
      if (compare?.ok) {
        const checkedPrevious = validateEvaluation(compare.data);
        if (!checkedPrevious.valid)
          return this.fail(
            { reason: "invalid-evaluation", detail: `compare ${formatIssue(checkedPrevious.errors[0]!)}` },
            checkedPrevious.errors.map(formatIssue),
          );
        previous = checkedPrevious.evaluation;
      }
      if (view === "deltas" && !previous)
        return this.fail({ reason: "needs-compare" }, 'view="deltas" without compare');

      this.clearFallback();
      render(
        <EmbedView
          view={view}
          evaluation={checked.evaluation}
          previous={previous}
          lang={this.language}
          theme={theme}
          idPrefix={this.idPrefix}
        />,
        this.container(),
      );
      this.mounted = true;
      this.nameParts();
      this.setAttribute("data-state", "ready");
      this.dispatchEvent(new CustomEvent("kommunkompass:ready", { bubbles: true }));
    } catch (error) {
      // A bug of ours must not break the host page: report it like any other failure.
      this.fail({ reason: "network", url: "", detail: String(error) }, error);
    }
  }

  /** Removes the fallback content (everything but the inline data and our own wrapper). */
  private clearFallback(): void {
    for (const node of [...this.childNodes]) {
      if (node instanceof HTMLScriptElement && node.type === "application/json") continue;
      if (node instanceof HTMLElement && node.classList.contains("kk-embed")) continue;
      node.remove();
    }
  }

  private nameParts(): void {
    if (!(this.root instanceof ShadowRoot)) return;
    for (const [selector, part] of PARTS)
      for (const element of this.root.querySelectorAll(selector)) element.setAttribute("part", part);
  }

  /** Shows a short accessible message (above any fallback content) and logs the details. */
  private fail(failure: Parameters<typeof failureMessage>[0], details: unknown): void {
    console.error(`<${TAG}>:`, failureMessage(failure, "en"), details);
    if (this.mounted) render(null, this.container());
    this.mounted = false;
    const container = this.container();
    container.replaceChildren();
    const message = document.createElement("p");
    message.className = "kk kk-error kk-embed__error";
    message.setAttribute("role", "alert");
    message.setAttribute("part", "error");
    message.textContent = failureMessage(failure, this.language);
    container.append(message);
    if (container.parentNode === this) this.prepend(container);
    this.setAttribute("data-state", "error");
  }
}

/** Defines `<kommunkompass-profil>` once (safe to call again, and when the script is included twice). */
export function defineKommunkompassProfil(): void {
  if (typeof customElements !== "undefined" && !customElements.get(TAG))
    customElements.define(TAG, KommunkompassProfil);
}
