import { useT } from "../i18n/useT";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";

export interface ToolbarProps {
  /** A long operation is running: the buttons stay focusable but do nothing. */
  readonly busy: boolean;
  /** A RAK was read: its findings can be highlighted. */
  readonly canHighlight: boolean;
  /** A sheet was checked: Rakit's highlights can be cleared from it. */
  readonly canClear: boolean;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
}

/**
 * Sorot di lembar, Hapus sorotan: what Periksa's findings can do to the sheet. Periksa itself is the
 * view's main action, in its action bar. Wraps onto two lines in a narrow pane rather than scrolling.
 */
export function Toolbar(props: ToolbarProps) {
  const t = useT();
  return (
    <ButtonGroup label={t("highlights.label")}>
      <Button size="small" disabledFocusable={props.busy || !props.canHighlight} onClick={props.onHighlight}>
        {t("action.highlight")}
      </Button>
      <Button size="small" disabledFocusable={props.busy || !props.canClear} onClick={props.onClear}>
        {t("action.clear")}
      </Button>
    </ButtonGroup>
  );
}
