import { useT } from "../i18n/useT";
import { Button } from "../ui/Button";
import { ButtonGroup } from "../ui/ButtonGroup";

export interface ToolbarProps {
  /** A long operation is running: the buttons stay focusable but do nothing (Periksa: see canCheck). */
  readonly busy: boolean;
  /** Periksa can be pressed: also during a check, which then runs once more after it (never a lost click). */
  readonly canCheck: boolean;
  /** A RAK was read: its findings can be highlighted. */
  readonly canHighlight: boolean;
  /** A sheet was checked: Rakit's highlights can be cleared from it. */
  readonly canClear: boolean;
  readonly onPeriksa: () => void;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
}

/** Periksa, Sorot di lembar, Hapus sorotan. Wraps onto two lines in a narrow pane rather than scrolling. */
export function Toolbar(props: ToolbarProps) {
  const t = useT();
  return (
    <ButtonGroup label={t("toolbar.label")}>
      <Button appearance="primary" disabledFocusable={!props.canCheck} onClick={props.onPeriksa}>
        {t("action.periksa")}
      </Button>
      <Button disabledFocusable={props.busy || !props.canHighlight} onClick={props.onHighlight}>
        {t("action.highlight")}
      </Button>
      <Button disabledFocusable={props.busy || !props.canClear} onClick={props.onClear}>
        {t("action.clear")}
      </Button>
    </ButtonGroup>
  );
}
