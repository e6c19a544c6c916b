import { makeStyles, shorthands, mergeClasses, tokens, useId } from "@fluentui/react-components";
import type { InputHTMLAttributes } from "react";
import { fieldBox } from "./fieldBox";
import { focusRing } from "./focusRing";

export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "onChange" | "value" | "className"
> {
  readonly label: string;
  readonly hint?: string;
  /** Shown under the input, and marks it invalid, when set. */
  readonly error?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly className?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    fontFamily: tokens.fontFamilyBase,
  },
  label: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  input: {
    ...fieldBox,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ":hover": { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover) },
    ...focusRing,
    ":focus": { outlineStyle: "none", borderBottomColor: tokens.colorCompoundBrandStroke },
  },
  invalid: {
    ...shorthands.borderColor(tokens.colorStatusDangerBorder2),
    ":hover": { ...shorthands.borderColor(tokens.colorStatusDangerBorder2) },
  },
  hint: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
  error: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorStatusDangerForeground1,
  },
});

/** Fluent's Field + Input on tokens: a labelled input with a hint and, when invalid, a message read with it. */
export function TextField({ label, hint, error, value, onChange, className, ...rest }: TextFieldProps) {
  const styles = useStyles();
  const id = useId("rakit-field-");
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={mergeClasses(styles.root, className)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        {...rest}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={mergeClasses(styles.input, error !== undefined && styles.invalid)}
      />
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}
