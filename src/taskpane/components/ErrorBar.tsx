import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useLang, useT } from "../i18n/useT";
import type { Failure, Operation } from "../state/reducer";
import { Button } from "../ui/Button";
import { MessageBar } from "../ui/MessageBar";
import { useTextStyles } from "../ui/text";

export interface ErrorBarProps {
  readonly failure: Failure;
  readonly onDismiss: () => void;
}

const TITLE_KEY = {
  check: "error.check",
  select: "error.select",
  highlight: "error.highlight",
  clear: "error.clear",
  budget: "error.budget",
  writeBudget: "error.writeBudget",
  schedule: "error.schedule",
  highlightSchedule: "error.highlightSchedule",
  clearSchedule: "error.clearSchedule",
  katalogLoad: "katalog.error.load",
  katalogInsert: "katalog.error.insert",
  tahunBaruPreview: "tahunBaru.error.preview",
  tahunBaruCreate: "tahunBaru.error.create",
  cetak: "cetak.error",
} as const satisfies Readonly<Record<Operation, string>>;

const useStyles = makeStyles({
  code: { display: "block" },
});

/**
 * A failed operation, worded for the user in the current language (RakitExcelError.describe), with
 * Office's error code small for support. Errors are shown here, never only logged.
 */
export function ErrorBar({ failure, onDismiss }: ErrorBarProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const { error } = failure;
  return (
    <MessageBar
      intent="error"
      title={t(TITLE_KEY[failure.op])}
      action={
        <Button size="small" onClick={onDismiss}>
          {t("error.dismiss")}
        </Button>
      }
    >
      {error.kind === "excel" ? error.error.describe(lang) : t("error.internal", { detail: error.detail })}
      {error.kind === "excel" && (
        <span className={mergeClasses(text.caption, text.secondary, styles.code)}>
          {t("error.code", { code: error.error.code })}
        </span>
      )}
    </MessageBar>
  );
}
