import { makeStyles } from "@fluentui/react-components";
import { useEffect, useRef, type KeyboardEvent } from "react";
import type { Direction } from "./navigation";

export interface CellEditorProps {
  /** The input's accessible name ("Isi sel F33"). */
  readonly label: string;
  readonly initial: string;
  /** Enter commits and moves down, Tab right, leaving the cell (a click elsewhere) commits in place. */
  readonly onCommit: (text: string, move: Direction | null) => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  input: {
    boxSizing: "border-box",
    width: "100%",
    minWidth: "60px",
    height: "100%",
    minHeight: "20px",
    margin: 0,
    padding: "0 2px",
    border: "2px solid #217346",
    font: "inherit",
    color: "inherit",
    backgroundColor: "#FFFFFF",
    outlineStyle: "none",
  },
});

/** The in-cell editor: an input over the cell, like typing into a cell in Excel. */
export function CellEditor({ label, initial, onCommit, onCancel }: CellEditorProps) {
  const styles = useStyles();
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);

  const finish = (move: Direction | null) => {
    if (done.current) return;
    done.current = true;
    onCommit(ref.current?.value ?? initial, move);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === "Enter") {
      event.preventDefault();
      finish(event.shiftKey ? "up" : "down");
    } else if (event.key === "Tab") {
      event.preventDefault();
      finish(event.shiftKey ? "left" : "right");
    } else if (event.key === "Escape") {
      event.preventDefault();
      done.current = true;
      onCancel();
    }
  };

  return (
    <input
      ref={ref}
      className={styles.input}
      aria-label={label}
      defaultValue={initial}
      spellCheck={false}
      autoComplete="off"
      onKeyDown={onKeyDown}
      onBlur={() => finish(null)}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}
