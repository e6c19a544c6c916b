import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useRef, type ChangeEvent } from "react";
import { useWorkbenchT } from "./i18n";

export interface WorkbenchToolbarProps {
  /** The open workbook's file name, or null while none is loaded. */
  readonly fileName: string | null;
  readonly busy: boolean;
  readonly onOpen: (file: File) => void;
  readonly onDownload: () => void;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  buttons: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  file: {
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
  },
  input: { display: "none" },
});

/** Top bar: Buka berkas (any .xlsx), Unduh (the workbook as edited) and the file's name. */
export function WorkbenchToolbar({ fileName, busy, onOpen, onDownload }: WorkbenchToolbarProps) {
  const styles = useStyles();
  const t = useWorkbenchT();
  const input = useRef<HTMLInputElement>(null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    event.target.value = "";
    if (file) onOpen(file);
  };

  return (
    <header className={styles.root}>
      <Text size={400} className={styles.title}>
        {t("title")}
      </Text>
      {/* A group, not Fluent's Toolbar: two buttons need no arrow-key mover, and its focus-trap
          placeholders (aria-hidden yet focusable) trip axe's aria-hidden-focus rule. */}
      <div role="group" aria-label={t("toolbar.label")} className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => input.current?.click()}>
          {t("open")}
        </Button>
        <Button disabledFocusable={busy || fileName === null} onClick={onDownload}>
          {t("download")}
        </Button>
      </div>
      <Text className={styles.file} title={fileName ?? undefined}>
        {fileName}
      </Text>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx"
        aria-label={t("openInput")}
        tabIndex={-1}
        onChange={onChange}
      />
    </header>
  );
}
