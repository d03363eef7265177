import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { DownloadMessages } from "@kommunkompassen/core/messages";

/** One file a menu offers: a link to it (a file beside the page, a `data:` URL), or a maker that builds it in the browser. */
export interface DownloadItem {
  /** What the item gives, with its format ("Data, CSV för Excel (semikolon, decimalkomma)"). */
  label: string;
  /** The name the file is saved under. */
  fileName: string;
  /** A link to the file: shown as a plain link, which works without JavaScript. */
  href?: string;
  /** Builds the file when chosen, from the page around the menu (in the browser: no server, no request). */
  make?: (menu: HTMLElement) => Promise<Blob>;
}

/** Items under a heading ("Det här diagrammet", "Hela utvärderingen"). */
export interface DownloadGroup {
  /** The heading, which also names the group for screen readers. */
  heading: string;
  /** The files under it. */
  items: readonly DownloadItem[];
}

/** Props of {@link DownloadMenu}. */
export interface DownloadMenuProps {
  /** The groups of items. */
  groups: readonly DownloadGroup[];
  /** The button's accessible name, saying what is downloaded ("Ladda ner: Avesta kommun 2014 – 404 p"). */
  label: string;
  /** The texts. */
  messages: DownloadMessages;
  /**
   * `static`: a `<details>` disclosure of plain links, for pages without scripts (every item needs
   * an `href`); `interactive` (the default): a button that shows the list, and items built on demand.
   */
  mode?: "interactive" | "static";
  /** Start with the list shown (the embed's menu, which loads when its button is first pressed). */
  defaultOpen?: boolean;
}

/** Saves a blob under a name: a temporary `blob:` link, clicked, then revoked. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function Groups({ groups, render }: { groups: readonly DownloadGroup[]; render: (item: DownloadItem) => ReactNode }) {
  return (
    <>
      {groups.map((group) => (
        <div key={group.heading} className="kk-downloads__group" role="group" aria-label={group.heading}>
          <p className="kk-downloads__heading" aria-hidden="true">
            {group.heading}
          </p>
          <ul className="kk-downloads__list">
            {group.items.map((item) => (
              <li key={item.fileName + item.label}>{render(item)}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/** The static menu: a disclosure of plain links that works with no script at all. */
function StaticMenu({ groups, label, messages: d }: DownloadMenuProps) {
  return (
    <details className="kk-downloads kk-downloads--static" lang={d.lang}>
      <summary className="kk-downloads__button" aria-label={label}>
        {d.menu}
      </summary>
      <div className="kk-downloads__panel">
        <Groups
          groups={groups}
          render={(item) => (
            <a href={item.href} download={item.fileName} className="kk-downloads__item">
              {item.label}
            </a>
          )}
        />
      </div>
    </details>
  );
}

/**
 * A small download menu: a disclosure button (`aria-expanded`) that shows a list of files under their
 * headings; each a link, or a button that builds the file in the browser and saves it. Escape closes
 * the list and returns the focus to the button, and so does choosing a file; the arrow keys move
 * between the items; what is happening is announced politely. With `mode="static"`, a `<details>`
 * of plain links for pages without scripts.
 */
export function DownloadMenu(props: DownloadMenuProps) {
  const { groups, label, messages: d } = props;
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const [status, setStatus] = useState("");
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);
  if (props.mode === "static") return <StaticMenu {...props} />;
  const closeAndReturn = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = async (item: DownloadItem) => {
    closeAndReturn();
    if (!item.make || !root.current) return;
    setStatus(d.preparing);
    try {
      saveBlob(await item.make(root.current), item.fileName);
      setStatus(d.ready(item.fileName));
    } catch {
      setStatus(d.failed);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      closeAndReturn();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const items = [...(panel.current?.querySelectorAll<HTMLElement>(".kk-downloads__item") ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = items[(at + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length];
    event.preventDefault();
    next?.focus();
  };
  return (
    <div ref={root} className="kk-downloads" lang={d.lang} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="kk-downloads__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {d.menu}
      </button>
      <div ref={panel} id={`${id}-panel`} className="kk-downloads__panel" hidden={!open}>
        <Groups
          groups={groups}
          render={(item) =>
            item.href !== undefined ? (
              <a href={item.href} download={item.fileName} className="kk-downloads__item" onClick={closeAndReturn}>
                {item.label}
              </a>
            ) : (
              <button type="button" className="kk-downloads__item" onClick={() => void choose(item)}>
                {item.label}
              </button>
            )
          }
        />
      </div>
      <p className="kk-visually-hidden" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
