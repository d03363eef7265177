// React DOM included: mounts our view into an element (the data comes from the page, not the bundle).
import { createRoot } from "react-dom/client";
import type { ViewEvaluations } from "./data";
import { OursView } from "./ours";

export function mount(element: Element, data: ViewEvaluations) {
  createRoot(element).render(<OursView {...data} />);
}
