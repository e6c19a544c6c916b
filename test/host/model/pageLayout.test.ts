import { joinHeaderFooter, paperCode, paperTypeFromCode, splitHeaderFooter } from "../../../src/host/model/pageLayout";

describe("page layout helpers", () => {
  test("OOXML paperSize codes: Folio is 14, A4 is 9, Letter is 1", () => {
    expect(paperTypeFromCode(14)).toBe("Folio");
    expect(paperTypeFromCode(9)).toBe("A4");
    expect(paperCode("Folio")).toBe(14);
    expect(paperCode("Letter")).toBe(1);
    expect(paperTypeFromCode(undefined)).toBe("Letter");
  });

  test("header/footer strings split into left, centre and right sections and join back", () => {
    expect(splitHeaderFooter("&LRAK 2024&CHalaman &P dari &N&R&D")).toEqual({
      left: "RAK 2024",
      center: "Halaman &P dari &N",
      right: "&D",
    });
    expect(splitHeaderFooter("Tanpa bagian")).toEqual({ left: "", center: "Tanpa bagian", right: "" });
    expect(splitHeaderFooter("&CA && B")).toEqual({ left: "", center: "A && B", right: "" });
    expect(joinHeaderFooter("RAK 2024", "Halaman &P dari &N", "")).toBe("&LRAK 2024&CHalaman &P dari &N");
    expect(joinHeaderFooter("", "", "")).toBeUndefined();
  });
});
