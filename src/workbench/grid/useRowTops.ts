import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from "react";
import { measuredTops } from "./rowWindow";

/**
 * The rows' top edges as drawn: the sheet's heights (`rowTops`, from gridView), corrected by the
 * heights the drawn rows (`tr[data-row]` in `table`) really have, measured after every render and
 * remembered for the rows drawn before. A correction re-renders before the browser paints.
 */
export function useRowTops(rowTops: readonly number[], table: RefObject<HTMLTableElement | null>): readonly number[] {
  const measured = useRef(new Map<number, number>());
  const [version, setVersion] = useState(0);
  // `version` says when `measured` (a ref, changed in place) changed.
  const tops = useMemo(() => measuredTops(rowTops, measured.current), [rowTops, version]);

  useLayoutEffect(() => {
    const rows = table.current?.querySelectorAll<HTMLTableRowElement>("tbody tr[data-row]") ?? [];
    let changed = false;
    for (const tr of rows) {
      const row = Number(tr.dataset.row);
      const height = tr.getBoundingClientRect().height;
      const known = (tops[row + 1] ?? 0) - (tops[row] ?? 0);
      if (Math.abs(height - known) > 0.5) {
        measured.current.set(row, height);
        changed = true;
      }
    }
    if (changed) setVersion((v) => v + 1);
  });

  return tops;
}
