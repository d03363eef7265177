// React DOM included: mounts the Recharts view into an element (the data comes from the page, not the bundle).
import { createRoot } from "react-dom/client";
import type { PeerData } from "./data";
import { RechartsView } from "./recharts";

export function mount(element: Element, data: PeerData) {
  createRoot(element).render(<RechartsView {...data} />);
}
