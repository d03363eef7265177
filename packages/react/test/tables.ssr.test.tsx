// Runs in plain Node: no DOM, as on a server.
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DeltaBadge, DeltaTable, SubQuestionTable } from "../src";
import { loadFixture } from "../../../test/support/fixtures";

describe("tables rendered on the server without a DOM", () => {
  it("there is no DOM here", () => {
    expect(typeof document).toBe("undefined");
  });

  it("SubQuestionTable renders the complete table, its sum row and the note", () => {
    const html = renderToString(<SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={6} />);
    expect(html).toMatch(/^<div [^>]*class="kk kk-question-table"/);
    expect(html).toContain("<caption>Område 6 Kommunen som arbetsgivare – personalpolitik – delfrågor</caption>");
    // The rows' roles are written out (a narrow container lays them out as grids).
    expect(html).toMatch(/<table class="kk-table" role="table">/);
    expect(html.match(/<tr role="row">/g)).toHaveLength(1 + 6 + 1);
    for (const [id, achieved, max, percent] of [
      ["6.1", 5, 15, 30],
      ["6.2", 16, 20, 79],
      ["6.3", 10, 25, 39],
      ["6.4", 6, 15, 41],
      ["6.5", 11, 15, 74],
      ["6.6", 3, 10, 32],
    ] as const) {
      expect(html).toContain(`>${id}</th>`);
      expect(html).toContain(
        `<td role="cell" class="kk-num">${achieved}</td><td role="cell" class="kk-num">${max}</td><td role="cell" class="kk-num kk-question-table__percent">${percent}\u00a0%<svg`,
      );
      expect(html).toContain(`class="kk-percent-bar__fill" x="0" y="0" width="${percent}"`);
    }
    expect(html).toContain('<tfoot role="rowgroup">');
    expect(html).toContain("Områdets poäng är publicerad som 52, men delfrågornas poäng summerar till 51.");
  });

  it("DeltaTable renders every area, the total and the notice", () => {
    const html = renderToString(
      <DeltaTable from={loadFixture("vasteras-2012")} to={loadFixture("vasteras-2014")} lang="en" />,
    );
    expect(html).toContain('<p class="kk-notice" role="note">Values are missing in one of the evaluations.</p>');
    expect(html).toContain("<caption>Change 2012–2014</caption>");
    for (const change of [9, 9, 2, 10, 4, 5, 10]) expect(html).toContain(`>+${change}</span>`);
    expect(html.match(/up \d+ points/g)).toHaveLength(7);
    // Area 8 and the total: a dash each, with its words for screen readers; the key says what it means.
    expect(
      html.match(
        /<span class="kk-missing__mark" aria-hidden="true">–<\/span><span class="kk-missing__words kk-visually-hidden"> no data<\/span>/g,
      ),
    ).toHaveLength(6);
    expect(html).toContain('<p class="kk-table__key" aria-hidden="true">–\u00a0no data</p>');
    expect(html).toContain("<tfoot>");
  });

  it("DeltaBadge uses a true minus sign", () => {
    expect(renderToStaticMarkup(<DeltaBadge delta={-3} />)).toBe(
      '<span lang="sv" class="kk-delta kk-delta--down"><span class="kk-delta__sign" aria-hidden="true">\u22123</span>\u00a0<span class="kk-delta__arrow" aria-hidden="true">↓</span><span class="kk-delta__words kk-visually-hidden"> minskning med 3 poäng</span></span>',
    );
  });

  it("uses no inline style attributes and is a pure function of its props", () => {
    const tables = () => (
      <>
        <SubQuestionTable evaluation={loadFixture("avesta-2014")} areaId={1} />
        <SubQuestionTable evaluation={loadFixture("vasteras-2014")} areaId={1} />
        <DeltaTable
          from={loadFixture("vasteras-2014")}
          to={{ ...loadFixture("vasteras-2014"), framework: "kommunkompassen-2.1", year: 2018 }}
        />
        <DeltaTable
          from={loadFixture("avesta-2014")}
          to={{ ...loadFixture("avesta-2014"), year: 2018 }}
          showQuestions
        />
      </>
    );
    const html = renderToStaticMarkup(tables());
    expect(html).not.toMatch(/\sstyle="/);
    expect(renderToStaticMarkup(tables())).toBe(html);
  });
});
