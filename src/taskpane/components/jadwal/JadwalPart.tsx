import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback } from "react";
import type { Schedule } from "../../../core/schedule";
import type { JadwalCommands } from "../../hooks/useJadwal";
import { useT } from "../../i18n/useT";
import type { AnggaranState } from "../../state/anggaran";
import { Spinner } from "../../ui/Spinner";
import { useTextStyles } from "../../ui/text";
import { NoTableBar } from "../anggaran/NoTableBar";
import { JadwalToolbar } from "./JadwalToolbar";
import { PeriodMap } from "./PeriodMap";
import { UnplannedList } from "./UnplannedList";

export interface JadwalPartProps {
  readonly state: AnggaranState;
  readonly commands: JadwalCommands;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  results: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  map: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  line: { margin: 0 },
});

/** "Bulan tanpa kegiatan: B6, B12." or "Setiap bulan punya kegiatan." */
function EmptyPeriods({ periods, quarters }: { readonly periods: Schedule["periods"]; readonly quarters: boolean }) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  const empty = periods.filter((p) => p.rows === 0).map((p) => p.label);
  const line =
    empty.length === 0
      ? t(quarters ? "jadwal.noEmptyQuarter" : "jadwal.noEmptyMonth")
      : t(quarters ? "jadwal.emptyQuarters" : "jadwal.emptyMonths", { periods: empty.join(", ") });
  return <p className={mergeClasses(text.caption, text.secondary, styles.line)}>{line}</p>;
}

/**
 * The schedule part of the Anggaran view: rows per month (and per quarter, B1-B3 being TW I, as SAKIP
 * monitoring reports), the rows with no period (clicking one selects its period cells), and Sorot
 * jadwal / Hapus sorotan jadwal, whose shading on the sheet follows the "v" marks as they are typed.
 */
export function JadwalPart({ state, commands }: JadwalPartProps) {
  const t = useT();
  const styles = useStyles();
  const text = useTextStyles();
  const { schedule: read, busy } = state;
  const result = read?.ok ? read : null;
  const schedule = result?.schedule ?? null;
  const monthly = schedule?.periodKind === "month";

  const onRefresh = useCallback(() => void commands.compute(), [commands]);
  const onClear = useCallback(() => void commands.clear(), [commands]);
  const onSelect = useCallback((address: string) => void commands.select(address), [commands]);

  return (
    <div className={styles.root}>
      <JadwalToolbar busy={busy !== null} onRefresh={onRefresh} onClear={onClear} />
      <section aria-label={t("jadwal.results.label")} aria-busy={busy !== null} className={styles.results}>
        {busy && <Spinner label={t(`anggaran.busy.${busy}`)} />}
        {read && !read.ok && <NoTableBar sheet={read.sheet} />}
        {result && schedule && (
          <>
            <p className={mergeClasses(text.caption, text.secondary, styles.line)}>
              {t("jadwal.rows", { count: schedule.rowCount, sheet: result.sheet })}
            </p>
            {schedule.periodKind === "none" && (
              <p className={mergeClasses(text.caption, text.secondary, styles.line)}>{t("jadwal.noPeriods")}</p>
            )}
            {monthly && (
              <div className={styles.map}>
                <PeriodMap caption={t("jadwal.byMonth")} periods={schedule.periods} perBand={6} />
                <EmptyPeriods periods={schedule.periods} quarters={false} />
              </div>
            )}
            {schedule.periodKind !== "none" && (
              <>
                <div className={styles.map}>
                  <PeriodMap caption={t("jadwal.byQuarter")} periods={schedule.quarters} perBand={4} />
                  <EmptyPeriods periods={schedule.quarters} quarters />
                </div>
                <UnplannedList rows={schedule.unplanned} onSelect={onSelect} />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}
