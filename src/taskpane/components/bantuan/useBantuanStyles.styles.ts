import { makeStyles, tokens } from "@fluentui/react-components";
import { fieldBox } from "../../ui/fieldBox";
import { focusRing } from "../../ui/focusRing";

export const useBantuanStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  terms: {
    display: "flex",
    flexDirection: "column",
    margin: 0,
  },
  termText: { margin: 0, marginBottom: tokens.spacingVerticalS, minWidth: 0, overflowWrap: "anywhere" },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0, minWidth: 0, overflowWrap: "anywhere" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  plainList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { minWidth: 0, overflowWrap: "anywhere" },
  plain: { margin: 0 },
  detail: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  report: {
    ...fieldBox,
    minHeight: "12em",
    resize: "vertical",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    ...focusRing,
  },
  link: {
    color: tokens.colorBrandForegroundLink,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ...focusRing,
  },
  status: { minHeight: tokens.lineHeightBase200 },
});

export type BantuanStyles = ReturnType<typeof useBantuanStyles>;
