import { useT } from "../../i18n/useT";
import { MessageBar } from "../../ui/MessageBar";

/** The sheet holds no RAK table: what to do about it (open the RAK sheet, or point at its header in Periksa). */
export function NoTableBar({ sheet }: { readonly sheet: string }) {
  const t = useT();
  return (
    <MessageBar intent="warning" title={t("noPlan.title")}>
      {t("anggaran.noPlan", { sheet })}
    </MessageBar>
  );
}
