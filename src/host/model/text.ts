/**
 * `Range.text`: a value as Excel displays it under its number format, in the en-US locale. Covers
 * the formats plans use: General, "0", "0.00", "#,##0", "#,##0.00", percentages, literal text,
 * sections for negatives and zero, "@", and common date codes. Other codes fall back to General.
 * Other separators (Excel takes them from the system's regional settings: "312.406.404.000" and
 * "0,5" in Indonesia) are an optional last argument; the format codes themselves never change.
 */
import type { Scalar } from "./sheet";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The decimal and thousands separators a number is displayed with. */
export interface NumberSeparators {
  readonly decimal: string;
  readonly group: string;
}

/** en-US, what Range.text gives. */
export const EN_US_SEPARATORS: NumberSeparators = { decimal: ".", group: "," };

export function formatValue(
  value: Scalar | null,
  numFmt: string | undefined,
  separators: NumberSeparators = EN_US_SEPARATORS,
): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  const fmt = numFmt ?? "General";
  if (typeof value === "string") {
    const sections = splitSections(fmt);
    const textSection = sections[3] ?? (sections.length === 1 && sections[0]?.includes("@") ? sections[0] : undefined);
    return textSection ? textSection.replace(/@/g, value).replace(/"([^"]*)"/g, "$1") : value;
  }
  return formatNumber(value, fmt, separators);
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i] as string;
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && i + 1 < fmt.length) {
      cur += ch + (fmt[i + 1] as string);
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function formatNumber(n: number, fmt: string, separators: NumberSeparators = EN_US_SEPARATORS): string {
  if (fmt === "General" || fmt === "") return general(n, separators);
  const sections = splitSections(fmt);
  let section = sections[0] as string;
  let value = n;
  if (n < 0 && sections.length >= 2) {
    section = sections[1] as string;
    value = -n;
  } else if (n === 0 && sections.length >= 3) {
    section = sections[2] as string;
  }
  section = section.replace(/\[[^\]]*\]/g, ""); // colours and conditions
  if (section.trim().toLowerCase() === "general") return (value < 0 ? "-" : "") + general(Math.abs(value), separators);
  if (isDateFormat(section)) return formatDate(value, section);
  const negative = value < 0 && sections.length < 2;
  const body = formatWithPattern(Math.abs(value), section, separators);
  return negative ? `-${body}` : body;
}

/** General: up to 11 characters, switching to scientific notation for very large or small numbers. */
function general(n: number, separators: NumberSeparators): string {
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mant, exp] = n.toExponential(5).split("e");
    const m = String(Number(mant)).replace(".", separators.decimal);
    const e = Number(exp);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return String(Number(n.toFixed(decimals))).replace(".", separators.decimal);
}

function isDateFormat(section: string): boolean {
  const stripped = section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[ymdhs]/i.test(stripped) && !/[0#?]/.test(stripped);
}

/** A number pattern: literal text, digits ("0", "#"), a thousands comma, decimals, "%". */
function formatWithPattern(value: number, section: string, separators: NumberSeparators): string {
  let literalPrefix = "";
  let literalSuffix = "";
  let pattern = "";
  let seenDigit = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const text = section.slice(i + 1, end < 0 ? undefined : end);
      if (seenDigit) literalSuffix += text;
      else literalPrefix += text;
      i = end < 0 ? section.length : end;
      continue;
    }
    if (ch === "\\" && i + 1 < section.length) {
      if (seenDigit) literalSuffix += section[i + 1];
      else literalPrefix += section[i + 1];
      i++;
      continue;
    }
    if (ch === "_" && i + 1 < section.length) {
      if (seenDigit) literalSuffix += " ";
      else literalPrefix += " ";
      i++;
      continue;
    }
    if (ch === "*" && i + 1 < section.length) {
      i++;
      continue;
    }
    if ("0#?,.".includes(ch)) {
      seenDigit = true;
      pattern += ch;
      continue;
    }
    if (ch === "%") {
      pattern += ch;
      continue;
    }
    if (seenDigit) literalSuffix += ch;
    else literalPrefix += ch;
  }
  let v = value;
  const percents = (pattern.match(/%/g) ?? []).length;
  for (let i = 0; i < percents; i++) v *= 100;
  const core = pattern.replace(/%/g, "");
  // Trailing commas scale by thousands.
  let scaled = core;
  while (scaled.endsWith(",")) {
    v /= 1000;
    scaled = scaled.slice(0, -1);
  }
  const [intPart = "", decPart = ""] = scaled.split(".");
  const decimals = decPart.replace(/[^0#?]/g, "").length;
  const minDecimals = decPart.replace(/[^0]/g, "").length;
  let fixed = v.toFixed(decimals);
  if (decimals > minDecimals) {
    const [i, d = ""] = fixed.split(".");
    let trimmed = d;
    while (trimmed.length > minDecimals && trimmed.endsWith("0")) trimmed = trimmed.slice(0, -1);
    fixed = trimmed.length > 0 ? `${i}.${trimmed}` : (i as string);
  }
  const [intText = "0", decs] = fixed.split(".");
  let ints = intText;
  const minInt = intPart.replace(/[^0]/g, "").length;
  if (ints === "0" && minInt === 0) ints = "";
  ints = ints.padStart(minInt, "0");
  if (intPart.includes(",")) ints = ints.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  const number = decs !== undefined ? `${ints}${separators.decimal}${decs}` : ints;
  return `${literalPrefix}${number}${"%".repeat(percents)}${literalSuffix}`;
}

/** A date serial (1900 system) under date codes. */
function formatDate(serial: number, section: string): string {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * 86_400_000);
  // Serial 60 is Excel's fictitious 29 Feb 1900; serials above it are one day ahead.
  const epoch = Date.UTC(1899, 11, 31);
  const date = new Date(epoch + (days > 60 ? days - 1 : days) * 86_400_000 + ms);
  const y = date.getUTCFullYear();
  const mo = date.getUTCMonth();
  const d = date.getUTCDate();
  const h = date.getUTCHours();
  const mi = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  const ampm = /AM\/PM|A\/P/i.test(section);
  const tokens = section.match(/"[^"]*"|\\.|AM\/PM|A\/P|yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|./gi) ?? [];
  let out = "";
  let lastWasHour = false;
  for (const t of tokens) {
    const lower = t.toLowerCase();
    let piece: string;
    if (t.startsWith('"')) piece = t.slice(1, -1);
    else if (t.startsWith("\\")) piece = t.slice(1);
    else if (lower === "yyyy") piece = String(y);
    else if (lower === "yy") piece = String(y % 100).padStart(2, "0");
    else if (lower === "mmmmm") piece = (MONTHS[mo] as string).slice(0, 1);
    else if (lower === "mmmm") piece = MONTHS[mo] as string;
    else if (lower === "mmm") piece = (MONTHS[mo] as string).slice(0, 3);
    else if (lower === "mm") piece = lastWasHour ? String(mi).padStart(2, "0") : String(mo + 1).padStart(2, "0");
    else if (lower === "m") piece = lastWasHour ? String(mi) : String(mo + 1);
    else if (lower === "dddd") piece = DAYS[date.getUTCDay()] as string;
    else if (lower === "ddd") piece = (DAYS[date.getUTCDay()] as string).slice(0, 3);
    else if (lower === "dd") piece = String(d).padStart(2, "0");
    else if (lower === "d") piece = String(d);
    else if (lower === "hh") piece = String(ampm ? h % 12 || 12 : h).padStart(2, "0");
    else if (lower === "h") piece = String(ampm ? h % 12 || 12 : h);
    else if (lower === "ss") piece = String(s).padStart(2, "0");
    else if (lower === "s") piece = String(s);
    else if (lower === "am/pm") piece = h < 12 ? "AM" : "PM";
    else if (lower === "a/p") piece = h < 12 ? "A" : "P";
    else piece = t;
    if (lower === "hh" || lower === "h") lastWasHour = true;
    else if (!/^[:\s]$/.test(t)) lastWasHour = false;
    out += piece;
  }
  return out;
}
