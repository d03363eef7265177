// React DOM included: mounts the Nivo view into an element (the data comes from the page, not the bundle).
import { createRoot } from "react-dom/client";
import type { PeerData } from "./data";
import { NivoView } from "./nivo";

export function mount(element: Element, data: PeerData) {
  createRoot(element).render(<NivoView {...data} />);
}
