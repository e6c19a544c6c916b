import { useId } from "@fluentui/react-components";
import { useT } from "../../i18n/useT";
import { useTextStyles } from "../../ui/text";
import type { BantuanState } from "./Bantuan.types";
import { ExcelSection } from "./ExcelSection";
import { HelpSections } from "./HelpSections";
import { SelfTestSection } from "./SelfTestSection";
import { useBantuan } from "./useBantuan";
import { useBantuanStyles, type BantuanStyles } from "./useBantuanStyles.styles";

/**
 * Bantuan: what each tab does and how to print on F4; this Excel (Rakit's version, Excel's version and
 * platform, the ExcelApi level and what it leaves out); the in-Excel self-test with a report to copy;
 * and where to go when the pane cannot run. Fluent v9's shape: state hook, styles on tokens, render.
 */
export function BantuanView() {
  const state = useBantuan();
  const styles = useBantuanStyles();
  return renderBantuan(state, styles);
}

export function renderBantuan(state: BantuanState, styles: BantuanStyles) {
  return (
    <div className={styles.root}>
      <Intro styles={styles} />
      <HelpSections styles={styles} />
      <ExcelSection state={state} styles={styles} />
      <SelfTestSection state={state} styles={styles} />
      <Elsewhere state={state} styles={styles} />
    </div>
  );
}

function Intro({ styles }: { readonly styles: BantuanStyles }) {
  const t = useT();
  return <p className={styles.plain}>{t("bantuan.intro")}</p>;
}

/** "Rakit tanpa Excel" for whoever's Excel cannot run the pane (not shown inside it), and the full guide. */
function Elsewhere({ state, styles }: { readonly state: BantuanState; readonly styles: BantuanStyles }) {
  const t = useT();
  const text = useTextStyles();
  const titleId = useId("rakit-bantuan-elsewhere-");
  return (
    <section aria-labelledby={titleId} className={styles.section}>
      <h2 id={titleId} className={text.subtitle}>
        {t("bantuan.withoutExcel.title")}
      </h2>
      <p className={styles.plain}>{t("bantuan.withoutExcel.body")}</p>
      <ul className={styles.plainList}>
        {!state.excel.withoutExcel && (
          <li>
            <a className={styles.link} href={state.withoutExcelUrl} target="_blank" rel="noopener noreferrer">
              {t("bantuan.withoutExcel.link")}
            </a>
          </li>
        )}
        <li>
          <a className={styles.link} href={state.helpUrl} target="_blank" rel="noopener noreferrer">
            {t("bantuan.help.link")}
          </a>
        </li>
      </ul>
    </section>
  );
}
