import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * Fluent's keyboard focus ring, by hand: FluentProvider marks the element focused from the keyboard
 * with `data-fui-focus-visible` (it also works in Office 2019's Edge Legacy, which has no
 * :focus-visible). Written out rather than imported: createFocusOutlineStyle costs ~2 KiB of bundle.
 */
export const focusRing: GriffelStyle = {
  ":focus": { outlineStyle: "none" },
  "&[data-fui-focus-visible]": {
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: tokens.colorStrokeFocus2,
    outlineOffset: tokens.strokeWidthThin,
  },
};
