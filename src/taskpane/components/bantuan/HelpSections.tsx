import { useId } from "@fluentui/react-components";
import { translateKey } from "../../../core/i18n/translate";
import { useLang, useT } from "../../i18n/useT";
import { useTextStyles } from "../../ui/text";
import { VIEWS } from "../../views";
import type { BantuanStyles } from "./useBantuanStyles.styles";

/** What each tab does, and how to print on F4. */
export function HelpSections({ styles }: { readonly styles: BantuanStyles }) {
  const t = useT();
  const lang = useLang();
  const text = useTextStyles();
  const viewsId = useId("rakit-bantuan-views-");
  const printId = useId("rakit-bantuan-print-");
  const paper = translateKey(lang, "print.paper.folio");
  return (
    <>
      <section aria-labelledby={viewsId} className={styles.section}>
        <h2 id={viewsId} className={text.subtitle}>
          {t("bantuan.views.title")}
        </h2>
        <dl className={styles.terms}>
          {VIEWS.flatMap((view) => [
            <dt key={`${view}-term`} className={styles.term}>
              {t(`view.${view}`)}
            </dt>,
            <dd key={`${view}-text`} className={styles.termText}>
              {t(`bantuan.views.${view}`)}
            </dd>,
          ])}
        </dl>
      </section>
      <section aria-labelledby={printId} className={styles.section}>
        <h2 id={printId} className={text.subtitle}>
          {t("bantuan.print.title")}
        </h2>
        <ol aria-label={t("bantuan.print.label")} className={styles.list}>
          <li>{t("bantuan.print.open")}</li>
          <li>{t("bantuan.print.prepare", { paper })}</li>
          <li>{t("bantuan.print.print", { paper })}</li>
        </ol>
        <p className={styles.plain}>{t("bantuan.print.manual")}</p>
      </section>
    </>
  );
}
