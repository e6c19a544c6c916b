import {
  colorToHex,
  fileWidthToPoints,
  parseColor,
  pointsToFileWidth,
  STANDARD_COLUMN_WIDTH,
} from "../../../src/host/model/style";

describe("colours and widths", () => {
  test("stored colours read as #RRGGBB: ARGB, default-theme slots (with tint) and indexed colours", () => {
    expect(colorToHex({ argb: "FF4472C4" })).toBe("#4472C4");
    expect(colorToHex({ theme: 1 })).toBe("#000000");
    expect(colorToHex({ theme: 0 })).toBe("#FFFFFF");
    expect(colorToHex({ theme: 4 })).toBe("#4472C4");
    expect(colorToHex({ theme: 4, tint: 0.3999755851924192 })).toBe("#8FAADC");
    expect(colorToHex({ indexed: 2 })).toBe("#FF0000");
    expect(colorToHex(undefined, "#FFFFFF")).toBe("#FFFFFF");
  });

  test("colours as Office.js accepts them", () => {
    expect(parseColor("#ffc7ce")).toEqual({ argb: "FFFFC7CE" });
    expect(parseColor("FFC7CE")).toEqual({ argb: "FFFFC7CE" });
    expect(parseColor("red")).toEqual({ argb: "FFFF0000" });
    expect(parseColor("#abc")).toEqual({ argb: "FFAABBCC" });
    expect(parseColor("merah")).toBeNull();
  });

  test("column widths: the standard 8.43-character column is 64 px = 48 pt; points convert back", () => {
    expect(fileWidthToPoints(STANDARD_COLUMN_WIDTH)).toBe(48);
    expect(fileWidthToPoints(pointsToFileWidth(150))).toBe(150);
    expect(fileWidthToPoints(pointsToFileWidth(48))).toBe(48);
  });
});
