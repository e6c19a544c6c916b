import { makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useT } from "../i18n/useT";
import { Button } from "../ui/Button";
import { MessageBar } from "../ui/MessageBar";
import { TextField } from "../ui/TextField";

/** Excel's last row. */
export const MAX_ROW = 1_048_576;

export interface HeaderPickerProps {
  readonly sheet: string;
  /** The 1-based row the last check was told to use, or null when the reader looked by itself. */
  readonly triedRow: number | null;
  /** What the reader found instead: the header words it read and the ones a header still needs. */
  readonly why?: string;
  readonly busy: boolean;
  /** Reads the sheet again with its header at this 1-based row. */
  readonly onReread: (row: number) => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  form: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  field: {
    flexGrow: 1,
    flexBasis: "0",
    minWidth: "40%",
  },
  submit: {
    // Level with the input, below the field's label.
    marginTop: tokens.lineHeightBase300,
  },
});

/** 1-based row number typed by the user, or null when it isn't one. */
export function parseRowNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_ROW ? n : null;
}

/** No RAK found: says so, and lets the user point at the column-heading row ("Baca ulang"). */
export function HeaderPicker({ sheet, triedRow, why, busy, onReread }: HeaderPickerProps) {
  const t = useT();
  const styles = useStyles();
  const [text, setText] = useState(triedRow === null ? "" : String(triedRow));
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const row = parseRowNumber(text);
    setInvalid(row === null);
    if (row !== null) onReread(row);
  };

  return (
    <div className={styles.root}>
      <MessageBar intent="warning" title={t("noPlan.title")}>
        <span>{triedRow === null ? t("noPlan.body", { sheet }) : t("noPlan.atRow", { sheet, row: triedRow })}</span>
        {why && <span>{` ${why}`}</span>}
      </MessageBar>
      <form className={styles.form} onSubmit={submit} noValidate>
        <TextField
          className={styles.field}
          label={t("header.label")}
          hint={t("header.hint")}
          error={invalid ? t("header.invalid", { max: MAX_ROW }) : undefined}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_ROW}
          value={text}
          onChange={setText}
        />
        <Button type="submit" className={styles.submit} disabledFocusable={busy}>
          {t("header.reread")}
        </Button>
      </form>
    </div>
  );
}
