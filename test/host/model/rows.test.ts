import { rectAfterDelete, rectAfterInsert } from "../../../src/host/model/rows";

const r = (top: number, bottom: number) => ({ top, bottom, left: 0, right: 0 });

describe("rectangles through row edits", () => {
  test("insertion: below stays, above moves, spanning grows", () => {
    expect(rectAfterInsert(r(0, 2), 5, 2)).toEqual(r(0, 2));
    expect(rectAfterInsert(r(5, 7), 5, 2)).toEqual(r(7, 9));
    expect(rectAfterInsert(r(3, 7), 5, 2)).toEqual(r(3, 9));
  });

  test("deletion: above stays, below moves up, overlapping shrinks, inside goes", () => {
    expect(rectAfterDelete(r(0, 2), 5, 2)).toEqual(r(0, 2));
    expect(rectAfterDelete(r(8, 9), 5, 2)).toEqual(r(6, 7));
    expect(rectAfterDelete(r(3, 7), 5, 2)).toEqual(r(3, 5));
    expect(rectAfterDelete(r(5, 6), 5, 2)).toBeNull();
    expect(rectAfterDelete(r(6, 9), 5, 2)).toEqual(r(5, 7));
  });
});
