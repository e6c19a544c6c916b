import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { cetak } from "../../app/cetak";
import type { PaperSize } from "../../core/edits";
import { summarize } from "../../core/findings";
import { printReadyLines } from "../../core/print";
import { formatFindingLine, makeT, type Lang } from "../../core/i18n";
import { guard, openForEdit, save } from "../edit";
import { describeFailure } from "../failures";
import { cliText } from "../messages";
import type { CliIO } from "../run";
import { asUsage, langOption, requireXlsxOut, runCommand, Usage } from "./commandArgs";
import { findSoffice, printSheetToPdf } from "./sofficePdf";

export const PRINT_SETUP_USAGE = `rakit print-setup FILE.xlsx -o OUT.xlsx [--sheet NAME] [--paper folio|a4] [--pdf OUT.pdf]
                  [--anyway] [--json] [--lang id|en] [--force]

print-setup (Cetak) checks the plan, removes Rakit's highlights and sets up the page: landscape,
F4/Folio (or --paper a4), the table and the signature block as the print area, the header rows and
the column-number row repeated on every page, all columns on one page wide, "Halaman 1 dari N" in
the footer. With errors it stops, unless --anyway ("Cetak tetap"). --pdf prints the sheet to PDF
with LibreOffice (soffice) when it is installed. OUT must not be the input file.
Exit codes: 0 written, 1 stopped on errors, 2 bad arguments or input (or no PDF made).`;

interface PrintArgs {
  readonly file: string;
  readonly out: string;
  readonly sheet: string | null;
  readonly paper: PaperSize;
  readonly pdf: string | null;
  readonly anyway: boolean;
  readonly json: boolean;
  readonly lang: Lang;
  readonly force: boolean;
}

function parse(argv: readonly string[]): PrintArgs | "help" {
  const { values: v, positionals } = asUsage(() =>
    parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        out: { type: "string", short: "o" },
        paper: { type: "string", default: "folio" },
        pdf: { type: "string" },
        anyway: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "id" },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (v.help) return "help";
  if (positionals.length !== 1) throw new Usage("print-setup takes one FILE.xlsx");
  const lang = langOption(v.lang);
  const paper = (v.paper ?? "folio").toLowerCase();
  const known: Record<string, PaperSize> = { folio: "folio", f4: "folio", a4: "a4" };
  if (!(paper in known)) throw new Usage(`--paper must be folio or a4, not "${v.paper}"`);
  const out = requireXlsxOut(v.out, "print-setup");
  if (v.pdf !== undefined && !/\.pdf$/i.test(v.pdf)) throw new Usage(`--pdf must name a .pdf file, not "${v.pdf}"`);
  return {
    file: positionals[0] as string,
    out,
    sheet: v.sheet ?? null,
    paper: known[paper] as PaperSize,
    pdf: v.pdf ?? null,
    anyway: v.anyway ?? false,
    json: v.json ?? false,
    lang,
    force: v.force ?? false,
  };
}

/**
 * `rakit print-setup FILE -o OUT.xlsx [--paper a4|folio] [--pdf OUT.pdf]`: Cetak from the command
 * line. `argv` is what follows the command name.
 */
export async function printSetupCommand(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommand(argv, io, PRINT_SETUP_USAGE, parse, async (args) => {
    const { file, out, lang } = args;
    const t = makeT(lang, "print");
    const open = await openForEdit(args, io, t("cli.notInput"));
    if (!open) return 2;
    const run = await guard(file, lang, io, () =>
      cetak(open.book.session, { sheet: open.sheet, paper: args.paper, force: args.anyway, lang }),
    );
    if (!run.ok) return 2;
    const result = run.value;
    if (!result.ok && result.reason === "no-table") {
      io.err(
        cliText(lang, "fileFailed", {
          file,
          reason: describeFailure({ kind: "noTable", sheets: [result.sheet] }, lang),
        }),
      );
      return 2;
    }
    if (!result.ok && result.reason === "errors") {
      if (args.json) {
        io.out(
          JSON.stringify(
            { file, sheet: result.sheet, written: false, ...summarize(result.findings), findings: result.findings },
            null,
            2,
          ),
        );
      } else {
        const lines = [`${file} · ${t("blocked", { errors: result.errors })}`];
        for (const f of result.findings) if (f.severity === "error") lines.push(`  ${formatFindingLine(f, lang)}`);
        lines.push(t("cli.anywayHint"));
        io.out(lines.join("\n"));
      }
      return 1;
    }
    // The CLI's host has the page layout API, so what is left is a set-up page.
    if (!result.ok) throw new Error(`print-setup: unexpected result ${result.reason}`);
    const saved = await guard(file, lang, io, () => save(open, file, out, lang, io));
    if (!saved.ok) return 2;

    const { setup } = result;
    const [ready, ...fitStep] = printReadyLines(setup, result.fitTaken, lang);
    const report: Record<string, unknown> = {
      file,
      sheet: result.sheet,
      out,
      written: true,
      forced: result.forced,
      paper: setup.paper,
      printArea: setup.printArea,
      titleRows: setup.titleRowsA1,
      // The footer Rakit wrote, or null where the sheet's own was left ("numbered" or "kept").
      footer: setup.footerChoice === "added" ? setup.footer : null,
      footerChoice: setup.footerChoice,
      fitToPageWide: result.fitTaken,
      ...summarize(result.findings),
    };
    const lines = [`${file} · ${ready ?? ""}`, ...fitStep];
    if (result.forced)
      for (const f of result.findings) if (f.severity === "error") lines.push(`  ${formatFindingLine(f, lang)}`);
    lines.push(t("cli.written", { out }));

    let code = 0;
    if (args.pdf !== null) {
      const pdf = await makePdf(out, result.sheet, args.pdf, lang);
      report.pdf = pdf.ok ? { file: args.pdf, ms: pdf.ms } : { error: pdf.message };
      if (pdf.ok) lines.push(t("cli.pdf", { pdf: args.pdf, ms: pdf.ms }));
      else {
        io.err(pdf.message);
        code = 2;
      }
    }
    io.out(args.json ? JSON.stringify(report, null, 2) : lines.join("\n"));
    return code;
  });
}

async function makePdf(
  out: string,
  sheet: string,
  pdf: string,
  lang: Lang,
): Promise<{ ok: true; ms: number } | { ok: false; message: string }> {
  const t = makeT(lang, "print.cli");
  const soffice = findSoffice();
  if (!soffice) return { ok: false, message: t("noSoffice", { out }) };
  try {
    const made = await printSheetToPdf(soffice, await readFile(out), sheet, pdf);
    return { ok: true, ms: made.ms };
  } catch (error) {
    const reason = ((error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "").slice(0, 200);
    return { ok: false, message: t("pdfFailed", { reason }) };
  }
}
