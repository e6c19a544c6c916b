import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * Fluent's keyboard focus ring, by hand: FluentProvider marks the element focused from the keyboard
 * with `data-fui-focus-visible` (it also works in Office 2019's Edge Legacy, which has no
 * :focus-visible). Written out rather than imported: createFocusOutlineStyle costs ~2 KiB of bundle
 * and draws the ring with ::after, which native checkboxes and radios do not render.
 *
 * The ring's selector ends in `:focus` on purpose: Griffel inserts `:focus` rules after plain ones, so
 * a ring on `[data-fui-focus-visible]` alone (specificity 0,2,0) lost to the `:focus` reset (0,2,0,
 * inserted later) and no control ever showed focus. With `:focus` it is (0,3,0) and wins in any order.
 * An outline, not a box-shadow, so Windows high contrast (forced colors) keeps it; there it takes the
 * system's Highlight colour.
 */
export const focusRing: GriffelStyle = {
  // Scrolled to by Tab, a control stops above the view's sticky action bar (ActionBar), not under it.
  scrollMarginBottom: "6rem",
  ":focus": { outlineStyle: "none" },
  "&[data-fui-focus-visible]:focus": {
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: tokens.colorStrokeFocus2,
    outlineOffset: tokens.strokeWidthThin,
  },
  "@media (forced-colors: active)": {
    "&[data-fui-focus-visible]:focus": { outlineColor: "Highlight" },
  },
};
