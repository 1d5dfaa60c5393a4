import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { readDocxLines } from "./read-docx";
import { readPdfLines } from "./read-pdf";
import { readTextLines, type SourceDocument } from "./source-lines";

/**
 * Reads a plan document of any supported kind into lines. The kind is told by the file's first
 * bytes (a PDF starts with %PDF, a .docx is a zip), so a mis-named file is still read right;
 * the extension only names what was expected.
 */
export type DocumentKind = "text" | "docx" | "pdf";

export class UnsupportedDocumentError extends Error {
  override name = "UnsupportedDocumentError";
}

export function kindOf(path: string, data: Uint8Array): DocumentKind {
  const head = Buffer.from(data.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) {
    if (extname(path).toLowerCase() === ".docx" || extname(path) === "") return "docx";
    throw new UnsupportedDocumentError(`${path} is a zip file but not a .docx; save the plan as .docx, .pdf or .txt`);
  }
  if (head.startsWith("\u00d0\u00cf\u0011\u00e0"))
    throw new UnsupportedDocumentError(`${path} is an old Word .doc file; open it in Word or LibreOffice and save it as .docx`);
  return "text";
}

export async function readPlanDocument(path: string): Promise<SourceDocument> {
  const data = await readFile(path);
  const kind = kindOf(path, data);
  if (kind === "pdf") return readPdfLines(new Uint8Array(data));
  if (kind === "docx") return readDocxLines(data);
  const { text, encoding } = decodeText(data);
  const document = readTextLines(text);
  if (encoding !== "utf-8") document.notes.push(`the text file was read as ${encoding}`);
  return document;
}

/**
 * Text as clerks save it: UTF-8 (with or without a byte-order mark), UTF-16 from Notepad's
 * "Unicode", or the older Thai code page (TIS-620 / Windows-874) when the bytes are not UTF-8.
 */
export function decodeText(data: Uint8Array): { text: string; encoding: string } {
  if (data[0] === 0xff && data[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(data), encoding: "utf-16le" };
  if (data[0] === 0xfe && data[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(data), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(data), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-874").decode(data), encoding: "windows-874 (TIS-620)" };
  }
}
