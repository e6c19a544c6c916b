import { makeStyles, shorthands, mergeClasses, tokens } from "@fluentui/react-components";
import type { ButtonHTMLAttributes, MouseEvent } from "react";
import { focusRing } from "./focusRing";

/**
 * A Fluent v9-looking button on design tokens. The pane's bundle budget (120 KiB gzip, loaded inside
 * Excel) has no room for @fluentui/react-button and the tabster it brings, so the few controls the
 * pane needs are native elements styled with makeStyles + tokens.
 */
export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "disabled"> {
  readonly appearance?: "primary" | "secondary" | "subtle";
  readonly size?: "small" | "medium";
  /** Fluent's disabledFocusable: does nothing, looks disabled, but keeps focus and stays in the tab order. */
  readonly disabledFocusable?: boolean;
  /** A toggle button: sets aria-pressed and looks selected when true. */
  readonly pressed?: boolean;
}

const useStyles = makeStyles({
  base: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    maxWidth: "100%",
    margin: 0,
    ...shorthands.borderWidth(tokens.strokeWidthThin),
    ...shorthands.borderStyle("solid"),
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
    },
    ":active": {
      backgroundColor: tokens.colorNeutralBackground1Pressed,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
    },
    ...focusRing,
  },
  medium: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  small: {
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor("transparent"),
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover, ...shorthands.borderColor("transparent") },
    ":active": { backgroundColor: tokens.colorBrandBackgroundPressed, ...shorthands.borderColor("transparent") },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...shorthands.borderColor("transparent"),
    color: tokens.colorNeutralForeground2,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, ...shorthands.borderColor("transparent") },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed, ...shorthands.borderColor("transparent") },
  },
  pressed: {
    backgroundColor: tokens.colorBrandBackground2,
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    color: tokens.colorBrandForeground2,
    ":hover": {
      backgroundColor: tokens.colorBrandBackground2Hover,
      ...shorthands.borderColor(tokens.colorBrandStroke1),
    },
    ":active": {
      backgroundColor: tokens.colorBrandBackground2Pressed,
      ...shorthands.borderColor(tokens.colorBrandStroke1),
    },
  },
  disabled: {
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    cursor: "not-allowed",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    },
    ":active": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    },
  },
});

export function Button(props: ButtonProps) {
  const {
    appearance = "secondary",
    size = "medium",
    disabledFocusable = false,
    pressed,
    className,
    onClick,
    type = "button",
    ...rest
  } = props;
  const styles = useStyles();
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (disabledFocusable) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      {...rest}
      type={type}
      aria-disabled={disabledFocusable || undefined}
      aria-pressed={pressed}
      onClick={click}
      className={mergeClasses(
        styles.base,
        styles[size],
        appearance === "primary" && styles.primary,
        appearance === "subtle" && styles.subtle,
        pressed && styles.pressed,
        disabledFocusable && styles.disabled,
        className,
      )}
    />
  );
}
