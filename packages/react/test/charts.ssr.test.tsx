// Runs in plain Node: no DOM, as on a server.
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AreaBarChart, RadarProfile } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

describe("server rendering without a DOM", () => {
  it("there is no DOM here", () => {
    expect(typeof document).toBe("undefined");
  });

  it("RadarProfile renders the complete chart, its text alternative and its table", () => {
    const html = renderToString(<RadarProfile evaluation={loadFixture("avesta-2014")} />);
    expect(html).toMatch(/^<figure /);
    expect(html).toContain('role="img"');
    expect(html).toContain("<title");
    expect(html).toContain("Starkast: Kommunen som samhällsbyggare 68.");
    // 8 markers in each of the two layouts (wide and narrow), and 1 in the legend's swatch.
    expect(html.match(/class="kk-series__marker"/g)).toHaveLength(17);
    expect(html).toContain("<table");
    for (const score of [52, 41, 56, 44, 46, 52, 45, 68]) expect(html).toContain(`>${score}</td>`);
    expect(html).toContain(">404</td>");
  });

  it("AreaBarChart renders bars, value labels and the total title", () => {
    const html = renderToStaticMarkup(<AreaBarChart evaluation={loadFixture("avesta-2014")} orientation="vertical" />);
    expect(html).toContain("Avesta kommun 2014 – 404\u00a0p");
    expect(html.match(/class="visx-bar kk-series__bar"/g)).toHaveLength(8);
  });

  it("uses no inline style attributes and fetches nothing", () => {
    const html = renderToStaticMarkup(
      <>
        <RadarProfile evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />
        <AreaBarChart evaluation={loadFixture("vasteras-2014")} previous={loadFixture("vasteras-2012")} />
      </>,
    );
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("is a pure function of its props: the same markup every time", () => {
    const once = renderToStaticMarkup(<RadarProfile evaluation={loadFixture("avesta-2014")} />);
    expect(renderToStaticMarkup(<RadarProfile evaluation={loadFixture("avesta-2014")} />)).toBe(once);
  });
});
