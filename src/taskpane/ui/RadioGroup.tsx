import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { focusRing } from "./focusRing";

export interface RadioGroupProps<V extends string> {
  /** The group's name, read first (a fieldset's legend). */
  readonly label: string;
  readonly values: readonly V[];
  readonly selected: V;
  readonly text: (value: V) => string;
  readonly onChange: (value: V) => void;
  /** Looks disabled and ignores changes, but stays in the tab order. */
  readonly disabledFocusable?: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  option: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  input: {
    margin: 0,
    marginTop: tokens.spacingVerticalXXS,
    width: tokens.fontSizeBase400,
    height: tokens.fontSizeBase400,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
    ...focusRing,
  },
  label: { cursor: "pointer" },
  disabled: { color: tokens.colorNeutralForegroundDisabled },
});

/**
 * Fluent's RadioGroup look on native radio inputs in a fieldset (arrow keys move the choice, screen
 * readers announce "1 of 2"), without @fluentui/react-radio's weight.
 */
export function RadioGroup<V extends string>({
  label,
  values,
  selected,
  text,
  onChange,
  disabledFocusable = false,
}: RadioGroupProps<V>) {
  const styles = useStyles();
  const name = useId("rakit-radio-");
  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{label}</legend>
      {values.map((v) => {
        const id = `${name}-${v}`;
        return (
          <div key={v} className={styles.option}>
            <input
              id={id}
              type="radio"
              name={name}
              value={v}
              className={styles.input}
              checked={v === selected}
              aria-disabled={disabledFocusable || undefined}
              onChange={() => {
                if (!disabledFocusable) onChange(v);
              }}
            />
            <label htmlFor={id} className={mergeClasses(styles.label, disabledFocusable && styles.disabled)}>
              {text(v)}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
