import type { Lang } from "../../core/i18n/lang";
import { useLang, useT } from "../i18n/useT";
import { Button } from "../ui/Button";

export interface LangToggleProps {
  readonly onChange: (lang: Lang) => void;
}

/** Switches between Bahasa Indonesia and English. Its name is in the current language; its text names the other. */
export function LangToggle({ onChange }: LangToggleProps) {
  const t = useT();
  const lang = useLang();
  const other: Lang = lang === "id" ? "en" : "id";
  return (
    <Button size="small" appearance="subtle" aria-label={t("lang.switch")} onClick={() => onChange(other)}>
      <span lang={other}>{t("lang.other")}</span>
    </Button>
  );
}
