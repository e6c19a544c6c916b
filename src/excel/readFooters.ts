import type { SheetFooters } from "../core/print";
import { toRakitError } from "./errors";

/**
 * The footer of a sheet's pages as it is now (ExcelApi 1.9), so Cetak adds its page numbers only
 * where they would not stand beside, or over, what the user wrote there.
 */
export async function readFooters(context: Excel.RequestContext, sheet: string): Promise<SheetFooters> {
  try {
    const footer = context.workbook.worksheets.getItem(sheet).pageLayout.headersFooters.defaultForAllPages;
    footer.load("leftFooter,centerFooter,rightFooter");
    await context.sync();
    return { left: footer.leftFooter ?? "", center: footer.centerFooter ?? "", right: footer.rightFooter ?? "" };
  } catch (error) {
    throw toRakitError(error);
  }
}
