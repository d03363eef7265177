import { componentMessages, embedMessages, type EmbedFailureReason } from "@kommunkompassen/core/messages";
import type { EmbedNationalFailureReason } from "../../core/src/messages/embed";
import {
  formatIssue,
  validateEvaluation,
  type Evaluation,
  type Framework,
  type Lang,
  type Reference,
  type Theme,
} from "@kommunkompassen/react/internal";
import { ATTRIBUTE_NAMES, PARTS, THEMES, VIEWS, type NationalView, type View } from "./attributes";
import type { DownloadsProps } from "./on-demand/downloads";
import type { english } from "./on-demand/en";
import type { checkFrameworks } from "./on-demand/frameworks";
import type { NationalProps, prepareNational } from "./on-demand/national";
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, loadJson, parseJson, type LoadResult } from "./load";
import {
  DEFAULT_VIEW,
  importOnDemand,
  modulesFor,
  onDemandFile,
  VIEW_MODULES,
  type OnDemand,
  type ViewModule,
} from "./on-demand";
import { languageOf, log, SCRIPT_URL } from "./script";
import type { ProfileProps } from "./views/profile";
import { radar } from "./views/radar";

/** The tag name. */
export const TAG = "kommunkompass-profil";

/** Where the data of each role comes from: an attribute, else an inline script. */
type Role = "src" | "compare" | "reference" | "frameworks" | "collection";

/** The roles of the profile views, in the order they are loaded and checked. */
const ROLES = ["src", "compare", "reference", "frameworks"] as const;
/** The roles of the national views: the collection, the definitions, and the evaluation to place, if any. */
const NATIONAL_ROLES = ["src", "frameworks", "collection"] as const;

/** What the national views' module exports (src/on-demand/national.tsx). */
interface NationalModule extends ViewModule<NationalProps> {
  prepareNational: typeof prepareNational;
}

/** What the definition files' module exports (src/on-demand/frameworks.ts). */
interface FrameworksModule {
  checkFrameworks: typeof checkFrameworks;
}

/** What the English texts' module exports (src/on-demand/en.ts). */
interface EnglishModule {
  english: typeof english;
}

/** A view's module: the default view's (in this script) or one loaded on demand (src/on-demand.ts). */
type AnyViewModule = ViewModule<ProfileProps> | NationalModule;

/** The module that draws `view`, imported from beside this script unless it is the default view's; `null` when it cannot be had in time. */
function viewModule(view: View, timeoutMs: number): AnyViewModule | Promise<AnyViewModule | null> {
  return view === DEFAULT_VIEW ? radar : onDemand<AnyViewModule>(VIEW_MODULES[view], timeoutMs);
}

/** A module loaded on demand from beside this script (src/on-demand.ts), its failure logged. */
function onDemand<T>(name: OnDemand, timeoutMs: number): Promise<T | null> {
  return importOnDemand<T>(name, SCRIPT_URL ?? document.baseURI, timeoutMs, log);
}

/** The sentence of a failure, per language: the element's own, or one the national views' module brings. */
type Words = Readonly<Record<Lang, (detail: string) => string>>;

/** A failure to show: its reason, the detail its sentence names, and what goes to the console. */
interface Failure {
  reason: EmbedFailureReason;
  detail?: string;
  log?: unknown;
  /** The sentence, where it is not the element's own (a failure the national views' module found). */
  words?: Words | undefined;
}

/** The loaded and checked inputs of one update. */
interface Inputs {
  evaluation: Evaluation;
  previous: Evaluation | undefined;
  /** The definitions from the `frameworks` file, if one is given. */
  frameworks: Framework[] | undefined;
}

let counter = 0;

/** The timeout attribute: whole or fractional milliseconds from 1 to 2³¹ − 1; anything else is the default. */
function timeoutOf(value: string | null): number {
  const ms = Number(value);
  if (value === null || (ms >= 1 && ms <= MAX_TIMEOUT_MS)) return value === null ? DEFAULT_TIMEOUT_MS : ms;
  log("warn", `timeout="${value}" is not 1 to ${MAX_TIMEOUT_MS} ms; using ${DEFAULT_TIMEOUT_MS}`);
  return DEFAULT_TIMEOUT_MS;
}

/** An attribute whose value must be one of a list; anything else is the default (`values[0]`), with a warning. */
function oneOf<T extends string>(value: string | null, values: readonly T[], name: string): T {
  if (value === null || values.includes(value as T)) return (value ?? values[0]) as T;
  log("warn", `${name}="${value}" is not one of ${values.join(", ")}; using ${values[0]}`);
  return values[0]!;
}

/**
 * `<kommunkompass-profil>`: shows a Kommunkompassen profile from a same-origin JSON file (`src`) or
 * an inline `<script type="application/json">` child, with an optional previous evaluation
 * (`compare`), reference series (`reference`) and framework definitions for a model the library
 * does not have built in (`frameworks`), as one of the views radar, bars, table, deltas, summary or
 * report, in Swedish or English, light, dark or following the system. The national views of a
 * same-origin collection (`collection`), `position` (where the evaluation of `municipality` and
 * `year`, or the `src` one, stands among its model's) and `overview` (every evaluation, ranked
 * within its model). Every view but the default one (radar) is drawn by a module beside this
 * script, imported only when asked for (src/on-demand.ts).
 *
 * It renders into its own light DOM (the host page's fonts apply) unless it has the `shadow`
 * attribute. Until the data is shown, and if it cannot be, the element's own content (for example
 * the server-rendered fragment from `kompass render --fragment`) stays visible. Failures show a
 * short accessible message, set `data-state="error"` and `data-reason`, and are logged to the
 * console; nothing is thrown into the host page.
 */
export class KommunkompassProfil extends HTMLElement {
  static observedAttributes: readonly string[] = ATTRIBUTE_NAMES;

  #root: HTMLElement | ShadowRoot = this;
  #generation = 0;
  /** The module that rendered the view now shown, or nothing. */
  #mounted: AnyViewModule | null = null;
  #pending = false;
  readonly #idPrefix = `kk${++counter}-`;
  /** The last load of each role, reused while its URL and timeout stay the same and it has not failed. */
  #loads: Partial<Record<Role, { key: string; result: Promise<LoadResult>; abort: AbortController }>> = {};
  /** The shadow root's stylesheet and whether it loaded. */
  #sheet?: { href: string; loaded: Promise<boolean> };
  /** The download menu's box (just after the view), and its module once the reader has opened it. */
  #menuBox: HTMLElement | null = null;
  #menuModule: ViewModule<DownloadsProps> | null = null;

  connectedCallback(): void {
    this.#guarded(() => {
      if (this.hasAttribute("shadow") && !this.shadowRoot) {
        this.#root = this.attachShadow({ mode: "open" });
        this.#root.append(document.createElement("link"), document.createElement("slot"));
      }
      this.#scheduleUpdate();
    });
  }

  disconnectedCallback(): void {
    this.#guarded(() => {
      this.#generation++;
      for (const load of Object.values(this.#loads)) load.abort.abort();
      this.#loads = {};
      this.#unmount();
    });
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (previous !== next) this.#guarded(() => this.isConnected && this.#scheduleUpdate());
  }

  /**
   * Coalesces the attribute callbacks of an upgrade (one per attribute) and the connection into one
   * update per task, so the data is requested once.
   */
  #scheduleUpdate(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) void this.#update();
    });
  }

  /** Where the view is rendered: a wrapper in the shadow root, or a wrapper in the light DOM. */
  #container(): HTMLElement {
    let wrapper = this.#root.querySelector<HTMLElement>(":scope > .kk-embed");
    if (!wrapper) {
      wrapper = document.createElement("div");
      wrapper.className = "kk-embed";
      this.#root.append(wrapper);
    }
    return wrapper;
  }

  get #language(): Lang {
    return languageOf(this);
  }

  /**
   * Loads, checks and shows the data; every outcome ends in `data-state` "ready" or "error". The
   * view's module is imported as its data loads; a national view's checks the data itself
   * (src/on-demand/national.tsx).
   */
  async #update(): Promise<void> {
    const generation = ++this.#generation;
    try {
      const view = (this.getAttribute("view") ?? DEFAULT_VIEW) as View;
      if (!VIEWS.includes(view))
        return this.#fail({ reason: "invalid-view", detail: view, log: `expected one of ${VIEWS.join(", ")}` });
      const theme = oneOf(this.getAttribute("theme"), THEMES, "theme") as Theme;
      const timeoutMs = timeoutOf(this.getAttribute("timeout"));
      const national = view === "position" || view === "overview";
      // A profile's definition file is checked by a module of its own, and the English texts are
      // one: each imported with the data.
      const wanted = modulesFor(this);
      const lang = this.#language;
      const [loaded, styled, module, checker, words] = await Promise.all([
        this.#loadAll(national ? NATIONAL_ROLES : ROLES, timeoutMs),
        this.#stylesheet(timeoutMs),
        viewModule(view, timeoutMs),
        wanted.includes("frameworks") ? onDemand<FrameworksModule>("frameworks", timeoutMs) : undefined,
        wanted.includes("en") ? onDemand<EnglishModule>("en", timeoutMs) : undefined,
      ]);
      if (generation !== this.#generation) return;
      if (!module) return this.#fail({ reason: "view-script", log: onDemandFile(VIEW_MODULES[view as NationalView]) });
      if (words === null) return this.#fail({ reason: "view-script", log: onDemandFile("en") });
      // (Already there where this script shares the catalogue with the module; the classic script does not.)
      if (words) Object.assign(componentMessages.en, words.english);
      const attribute = (name: "municipality" | "year" | "downloads") => this.getAttribute(name);
      const inputs =
        "prepareNational" in module
          ? module.prepareNational(view as NationalView, loaded, attribute, lang, theme)
          : this.#check(loaded, view, checker);
      if ("reason" in inputs) return this.#fail(inputs);
      if (styled === false) return this.#fail({ reason: "stylesheet", log: this.#sheet?.href });
      const container = this.#container();
      this.#show(module, () =>
        "prepareNational" in module
          ? module.render(container, inputs as NationalProps)
          : module.render(container, { ...(inputs as Inputs), lang, theme, idPrefix: this.#idPrefix }),
      );
      if (!("prepareNational" in module))
        this.#menu(
          { ...(inputs as Inputs), lang, theme, view: view as DownloadsProps["view"], open: false },
          timeoutMs,
        );
    } catch (error) {
      // A bug of ours, or a page that broke the built-ins: say so, and break nothing.
      if (generation === this.#generation) this.#failSafely({ reason: "internal", log: error });
    }
  }

  /** The data of every role: from its attribute's URL, from an inline script, or none. */
  #loadAll(roles: readonly Role[], timeoutMs: number): Promise<(LoadResult | undefined)[]> {
    return Promise.all(roles.map((role) => this.#load(role, timeoutMs)));
  }

  /** One role's data; a superseded request of this role is aborted. */
  #load(role: Role, timeoutMs: number): Promise<LoadResult> | LoadResult | undefined {
    const src = this.getAttribute(role);
    const key = `${src}\n${timeoutMs}`;
    const last = this.#loads[role];
    if (last?.key === key) return last.result;
    last?.abort.abort();
    delete this.#loads[role];
    if (!src) return this.#inline(role);
    const abort = new AbortController();
    const result = loadJson(src, { timeoutMs, baseUrl: document.baseURI, signal: abort.signal });
    const entry = (this.#loads[role] = { key, result, abort });
    void result.then((outcome) => {
      // A failure is not kept: the next update tries again.
      if (!outcome.ok && this.#loads[role] === entry) delete this.#loads[role];
    });
    return result;
  }

  /** The inline data of a role: `<script type="application/json">` (the evaluation), or with `data-kk`. */
  #inline(role: Role): LoadResult | undefined {
    const json = 'script[type="application/json"]';
    const selector =
      role === "src" ? `${json}:not([data-kk]), ${json}[data-kk="evaluation"]` : `${json}[data-kk="${role}"]`;
    const script = this.querySelector<HTMLScriptElement>(selector);
    return script ? parseJson(script.textContent ?? "", `inline ${role}`) : undefined;
  }

  /** The shadow root's stylesheet (from `stylesheet`, else beside the script): whether it loaded in time. */
  #stylesheet(timeoutMs: number): Promise<boolean> | undefined {
    const link = this.#root instanceof ShadowRoot ? this.#root.querySelector("link") : null;
    if (!link) return undefined;
    const href = new URL(this.getAttribute("stylesheet") ?? "kommunkompass.css", SCRIPT_URL ?? document.baseURI).href;
    if (this.#sheet?.href !== href) {
      const loaded = new Promise<boolean>((resolve) => {
        link.onload = () => resolve(true);
        link.onerror = () => resolve(false);
        setTimeout(() => resolve(false), timeoutMs);
      });
      link.rel = "stylesheet";
      link.href = href;
      this.#sheet = { href, loaded };
    }
    return this.#sheet.loaded;
  }

  /** Checks the loaded data: the first failure, or the evaluation, the previous one and the definitions. */
  #check(
    [main, compare, reference, definitions]: (LoadResult | undefined)[],
    view: View,
    checker: FrameworksModule | null | undefined,
  ): Inputs | Failure {
    if (!main) return { reason: "missing", log: 'no src attribute and no inline <script type="application/json">' };
    for (const result of [main, compare, reference, definitions])
      if (result && !result.ok)
        return { reason: result.reason, detail: result.reason === "http" ? String(result.status) : "", log: result };
    // Definitions are read as the evaluation is (JSON.parse, within the same limits), then checked by
    // their module (src/on-demand/frameworks.ts).
    if (definitions?.ok && !checker) return { reason: "view-script", log: onDemandFile("frameworks") };
    const read = definitions?.ok ? checker!.checkFrameworks(definitions.data) : undefined;
    if (read && "reason" in read) return read;
    const frameworks = read?.frameworks;
    let data = (main as { data: unknown }).data;
    if (reference?.ok && typeof data === "object" && data !== null) {
      const extra = (Array.isArray(reference.data) ? reference.data : [reference.data]) as Reference[];
      data = { ...data, references: [...((data as { references?: Reference[] }).references ?? []), ...extra] };
    }
    const checked = validateEvaluation(data, { frameworks });
    if (!checked.valid) return this.#invalid(checked.errors.map(formatIssue), "");
    const checkedPrevious = compare?.ok ? validateEvaluation(compare.data, { frameworks }) : undefined;
    if (checkedPrevious && !checkedPrevious.valid)
      return this.#invalid(checkedPrevious.errors.map(formatIssue), "compare ");
    if (view === "deltas" && !checkedPrevious) return { reason: "needs-compare", log: 'view="deltas" without compare' };
    return { evaluation: checked.evaluation, previous: checkedPrevious?.evaluation, frameworks };
  }

  /** The failure for invalid data: its first issue in the message, every issue in the console. */
  #invalid(issues: string[], prefix: string): Failure {
    return { reason: "invalid-evaluation", detail: prefix + issues[0], log: issues };
  }

  /** Renders the view in place of the fallback content, with `module`'s import of the renderer, and reports ready. */
  #show(module: AnyViewModule, draw: () => void): void {
    this.#clearFallback();
    if (this.#mounted !== module) this.#unmount();
    draw();
    this.#mounted = module;
    this.#nameParts();
    this.removeAttribute("data-reason");
    this.setAttribute("data-state", "ready");
    this.dispatchEvent(new CustomEvent("kommunkompass:ready", { bubbles: true }));
  }

  /** Removes the fallback content (everything but the inline data and our own wrapper). */
  #clearFallback(): void {
    for (const node of [...this.childNodes]) {
      if (node instanceof HTMLScriptElement && node.type === "application/json") continue;
      if (node instanceof HTMLElement && /\bkk-embed(-downloads)?\b/.test(node.className)) continue;
      node.remove();
    }
  }

  #nameParts(): void {
    if (!(this.#root instanceof ShadowRoot)) return;
    for (const [selector, part] of PARTS)
      for (const element of this.#root.querySelectorAll(selector)) element.setAttribute("part", part);
  }

  /** Removes the rendered view, with the module that rendered it, and the download menu. */
  #unmount(): void {
    this.#mounted?.unmount(this.#container());
    this.#mounted = null;
    this.#removeMenu();
  }

  /** Removes the download menu (its module stays loaded for the next). */
  #removeMenu(): void {
    if (this.#menuBox) this.#menuModule?.unmount(this.#menuBox);
    this.#menuBox?.remove();
    this.#menuBox = null;
  }

  /**
   * The download menu under a profile view, unless `downloads="off"`: this script draws its button;
   * the menu is kommunkompass-downloads.js, imported when the button is first pressed.
   */
  #menu(props: DownloadsProps, timeoutMs: number): void {
    if (this.getAttribute("downloads") === "off") return this.#removeMenu();
    const box = (this.#menuBox ??= document.createElement("div"));
    box.className = "kk kk-embed-downloads";
    box.lang = props.lang;
    box.setAttribute("data-kk-theme", props.theme);
    if (!box.isConnected) this.#container().after(box);
    if (this.#menuModule) return this.#menuModule.render(box, props);
    const m = embedMessages[props.lang];
    const button = document.createElement("button");
    button.type = "button";
    button.className = "kk-downloads__button";
    button.textContent = m.download;
    button.setAttribute("aria-label", m.downloadFor(`${props.evaluation.municipality.name} ${props.evaluation.year}`));
    button.setAttribute("aria-expanded", "false");
    button.addEventListener(
      "click",
      () => void this.#openMenu(box, { ...props, open: true }, timeoutMs, m.downloadFailed),
    );
    const wrap = document.createElement("div");
    wrap.className = "kk-downloads";
    wrap.append(button);
    box.replaceChildren(wrap);
  }

  /** Loads the menu's module and shows the menu open, its button focused; says so when it cannot be loaded. */
  async #openMenu(box: HTMLElement, props: DownloadsProps, timeoutMs: number, failed: string): Promise<void> {
    const module = await onDemand<ViewModule<DownloadsProps>>("downloads", timeoutMs);
    if (box !== this.#menuBox) return;
    if (!module) {
      const status = document.createElement("p");
      status.setAttribute("role", "status");
      status.textContent = failed;
      return void box.replaceChildren(box.firstChild ?? "", status);
    }
    this.#menuModule = module;
    box.replaceChildren();
    module.render(box, props);
    box.querySelector("button")?.focus();
  }

  /** Runs a lifecycle step so that nothing, not even a page that broke the built-ins, is thrown into the page. */
  #guarded(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.#failSafely({ reason: "internal", log: error });
    }
  }

  /** `#fail`, for where even failing may throw (a page that broke the built-ins): then the console only. */
  #failSafely(failure: Failure): void {
    try {
      this.#fail(failure);
    } catch (error) {
      log("error", embedMessages.en.cannotRun, failure.log, error);
    }
  }

  /** Shows a short accessible message (above any fallback content), sets the state and logs the details. */
  #fail({ reason, detail = "", log: details = "", words }: Failure): void {
    const own = reason as Exclude<EmbedFailureReason, EmbedNationalFailureReason>;
    const say: Words = words ?? { sv: embedMessages.sv[own], en: embedMessages.en[own] };
    log("error", embedMessages.en.cannotShow + say.en(detail), details);
    this.#unmount();
    const container = this.#container();
    container.replaceChildren(this.#message(reason, detail, say[this.#language]));
    if (container.parentNode === this) this.prepend(container);
    this.setAttribute("data-state", "error");
    this.setAttribute("data-reason", reason);
  }

  /**
   * The failure's sentence in the element's language, as an alert. A validation issue is in English;
   * in a Swedish sentence it is marked `lang="en"`.
   */
  #message(reason: EmbedFailureReason, detail: string, sentence: (detail: string) => string): HTMLElement {
    const m = embedMessages[this.#language];
    const message = document.createElement("p");
    message.className = "kk kk-error kk-embed__error";
    message.setAttribute("role", "alert");
    message.setAttribute("part", "error");
    const [before, after] = sentence("\0").split("\0");
    message.append(m.cannotShow + before);
    if (after !== undefined) {
      const part = document.createElement("span");
      part.textContent = detail;
      if (/^(invalid-[ec]|frameworks)/.test(reason) && m.lang !== "en") part.lang = "en";
      message.append(part, after);
    }
    return message;
  }
}

/**
 * Defines `<kommunkompass-profil>` once (safe to call again, and when the script is included twice).
 * On a page whose scripts keep that from working, it says so in the console and throws nothing.
 */
export function defineKommunkompassProfil(): void {
  try {
    if (typeof customElements !== "undefined" && !customElements.get(TAG))
      customElements.define(TAG, KommunkompassProfil);
  } catch (error) {
    log("error", embedMessages.en.cannotRun, error);
  }
}
