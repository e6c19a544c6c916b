import { makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogError } from "../../../core/catalog";
import { formatCatalogError } from "../../../core/catalog";
import { useLang, useT } from "../../i18n/useT";
import { MessageBar } from "../../ui/MessageBar";

export interface CatalogProblemBarProps {
  readonly sheet: string;
  readonly errors: readonly CatalogError[];
}

const useStyles = makeStyles({
  list: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: "anywhere",
  },
});

/**
 * The workbook's Katalog sheet was refused (one bad row refuses it whole): says so, and lists every
 * row's reason, so the office can fix its sheet. Rakit meanwhile works with its shipped catalog.
 */
export function CatalogProblemBar({ sheet, errors }: CatalogProblemBarProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" title={t("katalog.problem.title", { sheet })}>
      {t("katalog.problem.body", { count: errors.length })}
      <ul aria-label={t("katalog.problem.label")} className={styles.list}>
        {errors.map((e, i) => (
          <li key={`${e.row ?? ""}|${e.field}|${i}`}>{formatCatalogError(lang, e)}</li>
        ))}
      </ul>
    </MessageBar>
  );
}
