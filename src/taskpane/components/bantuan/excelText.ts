import type { PaneT } from "../../i18n/useT";
import type { ExcelInfo } from "./excelInfo";

/** Office.PlatformType values Bantuan names in the user's words. */
const PLATFORMS = ["PC", "OfficeOnline", "Mac", "iOS", "Android", "Universal"] as const;

type KnownPlatform = (typeof PLATFORMS)[number];

function isKnownPlatform(value: string): value is KnownPlatform {
  return PLATFORMS.some((p) => p === value);
}

/** "Windows (PC)": the name a user knows, with Office's own value for whoever reads the report. */
export function platformText(t: PaneT, info: ExcelInfo): string {
  if (info.withoutExcel) return t("bantuan.excel.withoutExcel");
  if (info.platform === null) return t("bantuan.excel.unknown");
  return isKnownPlatform(info.platform)
    ? `${t(`bantuan.platform.${info.platform}`)} (${info.platform})`
    : info.platform;
}

export function versionText(t: PaneT, info: ExcelInfo): string {
  if (info.withoutExcel) return t("bantuan.excel.withoutExcel");
  return info.version ?? t("bantuan.excel.unknown");
}

export function apiText(t: PaneT, info: ExcelInfo): string {
  return info.api ?? t("bantuan.excel.noApi");
}
