import { useT } from "../../i18n/useT";
import { Button } from "../../ui/Button";
import { ButtonGroup } from "../../ui/ButtonGroup";

export interface JadwalToolbarProps {
  /** A long operation is running: the buttons stay focusable but do nothing. */
  readonly busy: boolean;
  /** A RAK was read: its schedule can be highlighted. */
  readonly canHighlight: boolean;
  readonly onRefresh: () => void;
  readonly onHighlight: () => void;
  readonly onClear: () => void;
}

/** Hitung ulang, Sorot jadwal, Hapus sorotan jadwal. Wraps onto two lines in a narrow pane. */
export function JadwalToolbar(props: JadwalToolbarProps) {
  const t = useT();
  return (
    <ButtonGroup label={t("jadwal.toolbar.label")}>
      <Button disabledFocusable={props.busy} onClick={props.onRefresh}>
        {t("anggaran.action.refresh")}
      </Button>
      <Button appearance="primary" disabledFocusable={props.busy || !props.canHighlight} onClick={props.onHighlight}>
        {t("jadwal.action.highlight")}
      </Button>
      <Button disabledFocusable={props.busy} onClick={props.onClear}>
        {t("jadwal.action.clear")}
      </Button>
    </ButtonGroup>
  );
}
