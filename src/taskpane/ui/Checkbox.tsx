import { makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { focusRing } from "./focusRing";

export interface CheckboxProps {
  readonly label: string;
  /** Read after the label (aria-describedby) and shown under it. */
  readonly hint?: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  /** Fluent's disabledFocusable: looks disabled and ignores clicks, but stays in the tab order. */
  readonly disabledFocusable?: boolean;
  readonly className?: string;
}

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
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
  hint: {
    gridColumnStart: 2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

/**
 * Fluent's Checkbox look on a native input (Space toggles it, screen readers announce its state),
 * without @fluentui/react-checkbox's weight.
 */
export function Checkbox({ label, hint, checked, onChange, disabledFocusable = false, className }: CheckboxProps) {
  const styles = useStyles();
  const id = useId("rakit-check-");
  const hintId = `${id}-hint`;
  return (
    <div className={mergeClasses(styles.root, className)}>
      <input
        id={id}
        type="checkbox"
        className={styles.input}
        checked={checked}
        aria-disabled={disabledFocusable || undefined}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          if (!disabledFocusable) onChange(event.target.checked);
        }}
      />
      <label htmlFor={id} className={mergeClasses(styles.label, disabledFocusable && styles.disabled)}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}
