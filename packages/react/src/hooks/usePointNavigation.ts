import { useState, type KeyboardEvent } from "react";

/** State and handlers for moving through a chart's data points with the keyboard. */
export interface PointNavigation {
  /** Index of the active point, or null when none is shown. */
  active: number | null;
  /** Show a point (on hover or focus). */
  show(index: number): void;
  /** Hide the tooltip. */
  hide(): void;
  /** Key handler for the focusable chart: arrows move, Home/End jump, Escape hides. */
  onKeyDown(event: KeyboardEvent): void;
  /** Focus handler: show the last active (or first) point. */
  onFocus(): void;
}

/**
 * Roving "active point" for a chart with one tab stop: Tab reaches the chart, the arrow keys move
 * between its `count` points, Home and End jump to the first and last, and Escape dismisses the
 * tooltip without moving focus (WCAG 1.4.13). `onActive` hears of every change (a linked view's
 * focus follows it). Nothing here runs during server rendering.
 */
export function usePointNavigation(count: number, onActive?: (index: number | null) => void): PointNavigation {
  const [active, setActive] = useState<number | null>(null);
  const [last, setLast] = useState(0);
  const show = (index: number) => {
    setActive(index);
    setLast(index);
    onActive?.(index);
  };
  const hide = () => {
    setActive(null);
    onActive?.(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (count === 0) return;
    const current = active ?? last;
    let next: number;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = active === null ? current : (current + 1) % count;
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = active === null ? current : (current - 1 + count) % count;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = count - 1;
        break;
      case "Escape":
        if (active !== null) {
          event.preventDefault();
          hide();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    show(next);
  };
  const onFocus = () => show(Math.min(last, Math.max(count - 1, 0)));
  return { active, show, hide, onKeyDown, onFocus };
}
