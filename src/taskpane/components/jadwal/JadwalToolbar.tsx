import { useT } from "../../i18n/useT";
import { Button } from "../../ui/Button";
import { ButtonGroup } from "../../ui/ButtonGroup";

export interface JadwalToolbarProps {
  /** A long operation is running: the buttons stay focusable but do nothing. */
  readonly busy: boolean;
  readonly onRefresh: () => void;
  readonly onClear: () => void;
}

/** Hitung ulang, Hapus sorotan jadwal; Sorot jadwal is the part's main action, in the view's action bar. */
export function JadwalToolbar(props: JadwalToolbarProps) {
  const t = useT();
  return (
    <ButtonGroup label={t("jadwal.toolbar.label")}>
      <Button disabledFocusable={props.busy} onClick={props.onRefresh}>
        {t("anggaran.action.refresh")}
      </Button>
      <Button disabledFocusable={props.busy} onClick={props.onClear}>
        {t("jadwal.action.clear")}
      </Button>
    </ButtonGroup>
  );
}
