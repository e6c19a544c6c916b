import { shorthands, tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * The box of Fluent v9's Input and Textarea on tokens: full width, padding, thin outline with the
 * accessible bottom stroke, rounded corners. TextField and Bantuan's report text area share it.
 */
export const fieldBox: GriffelStyle = {
  boxSizing: "border-box",
  width: "100%",
  minWidth: 0,
  paddingTop: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalXS,
  paddingLeft: tokens.spacingHorizontalS,
  paddingRight: tokens.spacingHorizontalS,
  ...shorthands.borderWidth(tokens.strokeWidthThin),
  ...shorthands.borderStyle("solid"),
  ...shorthands.borderColor(tokens.colorNeutralStroke1),
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
};
