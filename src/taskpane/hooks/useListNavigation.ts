import { useCallback, useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from "react";

export interface ListNavigation<E extends HTMLElement> {
  readonly ref: RefObject<E | null>;
  readonly onKeyDown: (event: KeyboardEvent<E>) => void;
  readonly onFocus: (event: FocusEvent<E>) => void;
}

/**
 * Roving focus over the buttons of a long list (what tabster's arrow-navigation group does, without
 * its ~15 KiB): Tab enters the list once, at the last button used, and leaves it; ArrowUp/ArrowDown,
 * Home and End move between buttons. Only tabIndex attributes are touched, never React state, so moving
 * through a long list re-renders nothing. `version` changes when the items do.
 */
export function useListNavigation<E extends HTMLElement>(version: unknown): ListNavigation<E> {
  const ref = useRef<E | null>(null);
  const current = useRef(0);

  const buttons = useCallback((): HTMLElement[] => {
    const root = ref.current;
    return root ? Array.from(root.querySelectorAll<HTMLElement>("button")) : [];
  }, []);

  const rove = useCallback(
    (index: number) => {
      const all = buttons();
      if (all.length === 0) return;
      current.current = Math.max(0, Math.min(index, all.length - 1));
      all.forEach((b, i) => (b.tabIndex = i === current.current ? 0 : -1));
    },
    [buttons],
  );

  useEffect(() => rove(current.current), [rove, version]);

  const onFocus = useCallback(
    (event: FocusEvent<E>) => {
      const index = buttons().indexOf(event.target as HTMLElement);
      if (index >= 0 && index !== current.current) rove(index);
    },
    [buttons, rove],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<E>) => {
      const all = buttons();
      const from = all.indexOf(event.target as HTMLElement);
      if (from < 0) return;
      let to: number;
      if (event.key === "ArrowDown") to = Math.min(from + 1, all.length - 1);
      else if (event.key === "ArrowUp") to = Math.max(from - 1, 0);
      else if (event.key === "Home") to = 0;
      else if (event.key === "End") to = all.length - 1;
      else return;
      event.preventDefault();
      rove(to);
      all[to]?.focus();
    },
    [buttons, rove],
  );

  return { ref, onKeyDown, onFocus };
}
