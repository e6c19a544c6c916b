import { chooseFooter } from "../../../src/core/print";

const footers = (left: string, center: string, right: string) => ({ left, center, right });

describe("chooseFooter: Rakit's page numbers only where they add something", () => {
  it.each([
    ["an empty footer gets them", footers("", "", ""), "added"],
    ["a footer with the user's text beside an empty centre gets them", footers("Subbag Program", "", "&D"), "added"],
    ["Rakit's own from an earlier Cetak is not written twice", footers("", "Halaman &P dari &N", ""), "numbered"],
    ["the user's page numbers on the right are not doubled", footers("", "", "Hal. &P"), "numbered"],
    ["the user's own centre text is not written over", footers("", "Dokumen internal", ""), "kept"],
    ['"&&P" is the text "&P", not a page number', footers("", "R&&P", ""), "kept"],
    ["not known (no page layout API): the by-hand steps say how", undefined, "added"],
  ] as const)("%s", (_what, existing, choice) => {
    expect(chooseFooter(existing)).toBe(choice);
  });
});
