import { useId } from "@fluentui/react-components";
import { useT } from "../../i18n/useT";
import { useTextStyles } from "../../ui/text";
import type { BantuanState } from "./Bantuan.types";
import { apiText, platformText, versionText } from "./excelText";
import type { BantuanStyles } from "./useBantuanStyles.styles";

export interface ExcelSectionProps {
  readonly state: Pick<BantuanState, "rakitVersion" | "excel">;
  readonly styles: BantuanStyles;
}

/** Rakit's version, this Excel's version, platform and ExcelApi level, and what that level leaves out. */
export function ExcelSection({ state, styles }: ExcelSectionProps) {
  const t = useT();
  const text = useTextStyles();
  const titleId = useId("rakit-bantuan-excel-");
  const { excel } = state;
  const facts: readonly (readonly [string, string])[] = [
    [t("bantuan.excel.rakit"), state.rakitVersion],
    [t("bantuan.excel.version"), versionText(t, excel)],
    [t("bantuan.excel.platform"), platformText(t, excel)],
    [t("bantuan.excel.api"), apiText(t, excel)],
  ];
  const missing = excel.features.filter((f) => !f.available);
  return (
    <section aria-labelledby={titleId} className={styles.section}>
      <h2 id={titleId} className={text.subtitle}>
        {t("bantuan.excel.title")}
      </h2>
      <dl className={styles.facts}>
        {facts.flatMap(([term, value]) => [
          <dt key={`${term}-term`} className={styles.term}>
            {term}
          </dt>,
          <dd key={`${term}-value`} className={styles.definition}>
            {value}
          </dd>,
        ])}
      </dl>
      <ul aria-label={t("bantuan.features.label")} className={styles.plainList}>
        {excel.features.map((f) => (
          <li key={f.feature} className={styles.item}>
            <span className={styles.term}>{t(`bantuan.feature.${f.feature}`)}</span>
            {": "}
            <span className={f.available ? styles.pass : styles.skipped}>
              {f.available
                ? t("bantuan.feature.available")
                : t("bantuan.feature.missing", { requirement: f.requirement })}
            </span>
            {!f.available && <span className={styles.detail}>{t(`bantuan.feature.${f.feature}.why`)}</span>}
          </li>
        ))}
      </ul>
      {missing.length === 0 && <p className={styles.plain}>{t("bantuan.features.all")}</p>}
    </section>
  );
}
