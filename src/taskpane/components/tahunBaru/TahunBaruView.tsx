import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, type Dispatch } from "react";
import type { Severity } from "../../../core/findings";
import { changeText, dropText, noteText, problemText, type ClearChoice } from "../../../core/rollover";
import type { TahunBaruCommands } from "../../hooks/useTahunBaru";
import { useLang, useT, type PaneT } from "../../i18n/useT";
import type { PaneAction } from "../../state/reducer";
import { parseYear, type MadeCounts, type TahunBaruState } from "../../state/tahunBaru";
import { ActionBar } from "../../ui/ActionBar";
import { Button } from "../../ui/Button";
import { ButtonGroup } from "../../ui/ButtonGroup";
import { Checkbox } from "../../ui/Checkbox";
import { MessageBar } from "../../ui/MessageBar";
import { Spinner } from "../../ui/Spinner";
import { TextField } from "../../ui/TextField";
import { useTextStyles } from "../../ui/text";
import { ErrorBar } from "../ErrorBar";

export interface TahunBaruViewProps {
  readonly state: TahunBaruState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly commands: TahunBaruCommands;
  /** Opens the new sheet's findings of one severity (in Periksa, which checks the sheet now active). */
  readonly onShowFindings: (severity: Severity) => void;
}

const CLEARS: readonly (keyof ClearChoice)[] = ["months", "targets", "budget"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
  },
  review: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  plain: { margin: 0 },
  links: { marginTop: tokens.spacingVerticalXS },
});

function noticeText(t: PaneT, state: TahunBaruState): string {
  if (state.notice === "created" && state.made)
    return t("tahunBaru.notice.created", { sheet: state.made.result.newSheet });
  if (state.notice !== "previewed" || !state.preview) return "";
  if (state.preview.ok) return t("tahunBaru.notice.previewed", { sheet: state.preview.newSheet });
  return "reason" in state.preview ? t("tahunBaru.notice.noPlan") : "";
}

/**
 * Tahun Baru: next year's plan from the active RAK sheet, on a new sheet ("RAK 2025", or "RAK 2025 (2)"
 * when taken, or the name typed). The review comes first: blocks whose stage does not run in the new
 * year are proposed for removal, and years written in the text are listed; the user ticks what to
 * drop and what to change (nothing is dropped or changed unticked). Then "Buat RAK <year>".
 */
/**
 * How the new sheet checks, and a way to each of its problems: "1 kesalahan" opens the errors (in
 * Periksa, where choosing one selects its cell), so the result is not a dead end.
 */
function MadeFindings({
  sheet,
  counts,
  onShow,
}: {
  readonly sheet: string;
  readonly counts: MadeCounts;
  readonly onShow: (severity: Severity) => void;
}) {
  const t = useT();
  const styles = useStyles();
  const links: [Severity, number, string][] = [
    ["error", counts.errors, t("tahunBaru.show.errors", { count: counts.errors })],
    ["warning", counts.warnings, t("tahunBaru.show.warnings", { count: counts.warnings })],
    ["info", counts.infos, t("tahunBaru.show.infos", { count: counts.infos })],
  ];
  const shown = links.filter(([, count]) => count > 0);
  return (
    <>
      <p className={styles.plain}>
        {t("tahunBaru.checked", {
          sheet,
          errors: counts.errors,
          warnings: counts.warnings,
          infos: counts.infos,
        })}
      </p>
      {shown.length > 0 && (
        <div className={styles.links}>
          <ButtonGroup label={t("tahunBaru.show.label", { sheet })}>
            {shown.map(([severity, , label]) => (
              <Button key={severity} size="small" onClick={() => onShow(severity)}>
                {label}
              </Button>
            ))}
          </ButtonGroup>
        </div>
      )}
    </>
  );
}

export function TahunBaruView({ state, dispatch, commands, onShowFindings }: TahunBaruViewProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  const { busy, failure, preview, made, year, name } = state;

  // First showing (and after "Baca ulang"): preview with the plan's year + 1.
  useEffect(() => {
    if (busy === null && failure === null && preview === null && made === null) void commands.preview({ year, name });
  }, [busy, failure, preview, made, year, name, commands]);

  // The year or the name typed: preview again (the name may be taken, the year moves the proposals).
  // Not while the year is half typed: its field says what is wrong meanwhile.
  const typed = useRef({ year, name });
  useEffect(() => {
    if (typed.current.year === year && typed.current.name === name) return;
    typed.current = { year, name };
    if (preview !== null && parseYear(year) !== null) void commands.preview({ year, name });
  }, [year, name, preview, commands]);

  const onYear = useCallback((y: string) => dispatch({ type: "tahunBaru/yearChanged", year: y }), [dispatch]);
  const onName = useCallback((n: string) => dispatch({ type: "tahunBaru/nameChanged", name: n }), [dispatch]);
  const onCreate = useCallback(() => void commands.create(), [commands]);
  const onRestart = useCallback(() => dispatch({ type: "tahunBaru/restarted" }), [dispatch]);
  const onDismiss = useCallback(() => dispatch({ type: "tahunBaru/failureDismissed" }), [dispatch]);

  const plan = preview?.ok ? preview : null;
  const refused = preview && !preview.ok && "problem" in preview ? preview.problem : null;
  const noTable = preview && !preview.ok && "reason" in preview ? preview : null;
  const yearValue = parseYear(year);
  const yearError = year.trim() !== "" && yearValue === null ? t("tahunBaru.yearInvalid") : undefined;
  const nameError = refused && refused.kind !== "invalidYear" ? problemText(refused, lang) : undefined;
  const yearProblem = refused?.kind === "invalidYear" ? problemText(refused, lang) : undefined;
  const isBusy = busy !== null;
  // A mention in a block ticked for removal goes with its rows: not asked about.
  const mentions = plan
    ? plan.review.yearMentions.filter((m) => m.block === null || !state.drops.includes(m.block))
    : [];

  if (made) {
    const { result, counts } = made;
    return (
      <div className={styles.root}>
        <MessageBar
          intent="success"
          title={t("tahunBaru.done.title", { sheet: result.newSheet, source: result.source })}
        >
          <MadeFindings sheet={result.newSheet} counts={counts} onShow={onShowFindings} />
        </MessageBar>
        <h2 className={text.subtitle}>{t("tahunBaru.changes.label")}</h2>
        <ul aria-label={t("tahunBaru.changes.label")} className={styles.list}>
          {result.changes.map((c, i) => (
            <li key={`${c.kind}|${i}`}>{changeText(c, lang)}</li>
          ))}
        </ul>
        {result.notes.length > 0 && (
          <ul aria-label={t("tahunBaru.notes.label")} className={styles.list}>
            {result.notes.map((n, i) => (
              <li key={`${n.kind}|${i}`}>{noteText(n, result.year, lang)}</li>
            ))}
          </ul>
        )}
        <ActionBar label={t("tahunBaru.toolbar.label")} status={noticeText(t, state)}>
          <Button appearance="primary" onClick={onRestart}>
            {t("tahunBaru.action.refresh")}
          </Button>
        </ActionBar>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      {plan && <p className={text.body}>{t("tahunBaru.intro", { sheet: plan.source })}</p>}
      {failure && <ErrorBar failure={failure} onDismiss={onDismiss} />}
      {noTable && (
        <MessageBar intent="warning" title={t("noPlan.title")}>
          {t("tahunBaru.noPlan", { sheet: noTable.sheet })}
        </MessageBar>
      )}
      <TextField
        label={t("tahunBaru.year")}
        inputMode="numeric"
        value={year}
        onChange={onYear}
        {...((yearError ?? yearProblem) ? { error: yearError ?? yearProblem } : {})}
      />
      <TextField
        label={t("tahunBaru.name")}
        value={name}
        onChange={onName}
        {...(plan && name.trim() === "" ? { hint: t("tahunBaru.nameHint", { name: plan.newSheet }) } : {})}
        {...(nameError ? { error: nameError } : {})}
      />
      <fieldset className={styles.fieldset}>
        <legend className={mergeClasses(text.caption, text.secondary, styles.legend)}>
          {t("tahunBaru.clear.label")}
        </legend>
        {CLEARS.map((what) => (
          <Checkbox
            key={what}
            label={t(
              what === "months" && plan?.periodKind === "quarter"
                ? "tahunBaru.clear.quarters"
                : `tahunBaru.clear.${what}`,
            )}
            checked={state.clear[what]}
            disabledFocusable={isBusy}
            onChange={(value) => dispatch({ type: "tahunBaru/clearChanged", what, value })}
          />
        ))}
        <span className={mergeClasses(text.caption, text.secondary)}>{t("tahunBaru.clear.hint")}</span>
      </fieldset>
      <section aria-label={t("tahunBaru.review.label")} aria-busy={isBusy} className={styles.review}>
        {busy === "tahunBaruPreview" && <Spinner label={t("tahunBaru.busy.preview")} />}
        {busy === "tahunBaruCreate" && <Spinner label={t("tahunBaru.busy.create")} />}
        {plan && (
          <fieldset className={styles.fieldset}>
            <legend className={mergeClasses(text.subtitle, styles.legend)}>
              {t("tahunBaru.drops.title", { count: plan.review.proposedDrops.length })}
            </legend>
            <p className={mergeClasses(text.caption, text.secondary, styles.plain)}>
              {plan.review.proposedDrops.length > 0
                ? t("tahunBaru.drops.hint", { year: String(plan.year) })
                : t("tahunBaru.drops.none")}
            </p>
            {plan.review.proposedDrops.map((d) => (
              <Checkbox
                key={d.no}
                label={t("tahunBaru.drop", { no: d.no, code: d.code })}
                hint={dropText(d, plan.year, lang)}
                checked={state.drops.includes(d.no)}
                disabledFocusable={isBusy}
                onChange={(chosen) => dispatch({ type: "tahunBaru/dropToggled", no: d.no, chosen })}
              />
            ))}
          </fieldset>
        )}
        {plan && (
          <fieldset className={styles.fieldset}>
            <legend className={mergeClasses(text.subtitle, styles.legend)}>
              {t("tahunBaru.mentions.title", { count: mentions.length })}
            </legend>
            <p className={mergeClasses(text.caption, text.secondary, styles.plain)}>
              {mentions.length > 0 ? t("tahunBaru.mentions.hint") : t("tahunBaru.mentions.none")}
            </p>
            {mentions.length < plan.review.yearMentions.length && (
              <p className={mergeClasses(text.caption, text.secondary, styles.plain)}>
                {t("tahunBaru.mentions.inDropped", { count: plan.review.yearMentions.length - mentions.length })}
              </p>
            )}
            {mentions.map((m) => (
              <Checkbox
                key={m.address}
                label={t("tahunBaru.mention", { address: m.address, suggestion: m.suggestion })}
                hint={t("tahunBaru.mentionNow", { text: m.text })}
                checked={state.mentions.includes(m.address)}
                disabledFocusable={isBusy}
                onChange={(chosen) => dispatch({ type: "tahunBaru/mentionToggled", address: m.address, chosen })}
              />
            ))}
          </fieldset>
        )}
        {plan && plan.review.eventMentions.length > 0 && (
          // An election's year ("Pemilu Tahun 2024") is not the plan year: shown, nothing to tick.
          <section aria-label={t("tahunBaru.events.title", { count: plan.review.eventMentions.length })}>
            <p className={mergeClasses(text.subtitle, styles.plain)}>
              {t("tahunBaru.events.title", { count: plan.review.eventMentions.length })}
            </p>
            <p className={mergeClasses(text.caption, text.secondary, styles.plain)}>{t("tahunBaru.events.hint")}</p>
            <ul className={mergeClasses(text.caption, styles.list)}>
              {plan.review.eventMentions.map((m) => (
                <li key={m.address}>{`${m.address}: "${m.text}"`}</li>
              ))}
            </ul>
          </section>
        )}
      </section>
      <ActionBar label={t("tahunBaru.toolbar.label")} status={noticeText(t, state)}>
        <Button
          appearance="primary"
          disabledFocusable={isBusy || !plan || yearValue === null || yearValue !== plan.year}
          onClick={onCreate}
        >
          {t("tahunBaru.action.create", { name: plan?.newSheet ?? (name.trim() || `RAK ${year}`) })}
        </Button>
        <Button disabledFocusable={isBusy} onClick={onRestart}>
          {t("tahunBaru.action.refresh")}
        </Button>
      </ActionBar>
    </div>
  );
}
