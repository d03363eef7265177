import type { Messages } from "../i18n/messages";
import { LegendSwatch } from "./Legend";
import type { ChartBand } from "./shared";

/** The band's legend item: a band swatch and its label, with its n, computed and not published. */
export function BandLegendItem({ band, messages: m }: { band: ChartBand; messages: Messages }) {
  return (
    <li className="kk-legend__item">
      <LegendSwatch>
        <rect x="1" y="1" width="34" height="10" className="kk-band" />
      </LegendSwatch>
      <span>{m.bandLabel(band.band.label, band.band.n)}</span>
    </li>
  );
}
