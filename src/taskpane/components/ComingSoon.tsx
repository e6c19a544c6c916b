import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/useT";
import { useTextStyles } from "../ui/text";

export interface ComingSoonProps {
  /** The view's name, as on its tab. */
  readonly name: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
});

/** A view whose feature is not built yet. */
export function ComingSoon({ name }: ComingSoonProps) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  return (
    <section className={styles.root}>
      <h2 className={text.subtitle}>{t("comingSoon.title", { view: name })}</h2>
      <p className={text.body}>{t("comingSoon.body")}</p>
    </section>
  );
}
