export type { Lang } from "./lang";
export { DEFAULT_LANG, LANGS, isLang } from "./lang";
export type { MessageKey, Params, ParamValue, Scope } from "./catalog";
export { catalogs, isMessageKey } from "./catalog";
export type { Translator } from "./translate";
export { interpolate, makeT, shorten, translateKey } from "./translate";
export { findingDetailKey, findingMessageKey, formatFinding, formatFindingDetail, formatFindingLine } from "./findings";
export { formatNumber, formatNumberId, formatRupiah } from "./numbers";
export { parsePlaceholders, placeholderNames } from "./placeholders";
