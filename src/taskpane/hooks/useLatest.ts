import { useCallback, useEffect, useRef, type MutableRefObject } from "react";

/**
 * The latest value of `value`, through a ref: commands read the current state without being
 * recreated on every render, so their identities (and the components that take them) stay stable.
 */
export function useLatest<T>(value: T): MutableRefObject<T> {
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  return latest;
}

/**
 * Ids for requests, so a late answer to an older request is ignored by the reducer. `next(floor)`
 * gives an id above both the last one given and `floor` (the id the state last saw).
 */
export function useRequestIds(): (floor: number) => number {
  const last = useRef(0);
  return useCallback((floor: number) => {
    last.current = Math.max(last.current, floor) + 1;
    return last.current;
  }, []);
}
