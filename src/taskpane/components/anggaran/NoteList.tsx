import { makeStyles, tokens } from "@fluentui/react-components";
import type { Note } from "../../../core/budget";
import { translateKey } from "../../../core/i18n/translate";
import { useLang } from "../../i18n/useT";

export interface NoteListProps {
  /** The list's accessible name. */
  readonly label: string;
  readonly notes: readonly Note[];
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
});

/** The notes a use case returned (what was inserted, replaced or split, and why), in the pane's language. */
export function NoteList({ label, notes }: NoteListProps) {
  const lang = useLang();
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <ul aria-label={label} className={styles.list}>
      {notes.map((n, i) => (
        <li key={`${n.key}|${i}`}>{translateKey(lang, n.key, n.params)}</li>
      ))}
    </ul>
  );
}
