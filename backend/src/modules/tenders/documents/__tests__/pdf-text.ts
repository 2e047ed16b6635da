import { inflateSync } from 'node:zlib';

/**
 * Just enough PDF reading to check what pdfkit wrote: the text shown on the pages (decoded through
 * each font's ToUnicode CMap, as a PDF reader's copy-paste would) and the fonts used. Not a
 * general parser: it knows pdfkit's output (one object per `n 0 obj`, Flate streams, hex text).
 */
export interface PdfContent {
  /** The text of every show-text operator in page order, one entry per operator. */
  lines: string[];
  /** BaseFont names of the fonts in the file (subset prefixes included, e.g. ABCDEF+DejaVuSans). */
  baseFonts: string[];
  /** Whether every font is embedded (has a FontFile2 TrueType program). */
  allEmbedded: boolean;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

export function readPdf(pdf: Buffer): PdfContent {
  const objects = parseObjects(pdf);
  // Font resource name (F1, F2 …) → its ToUnicode map; pdfkit names fonts uniquely per document.
  const cmaps = new Map<string, Map<number, string>>();
  const baseFonts: string[] = [];
  let allEmbedded = true;
  for (const { dict } of objects.values()) {
    for (const [, name, ref] of dict.matchAll(/\/(F\d+)\s+(\d+)\s+0\s+R/g)) {
      const font = objects.get(Number(ref));
      if (!font) continue;
      const toUnicode = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font.dict);
      const stream = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : null;
      if (stream) cmaps.set(name, parseCmap(stream.toString('latin1')));
    }
    const base = /\/Type\s*\/Font\b[\s\S]*?\/BaseFont\s*\/([^\s/>]+)/.exec(dict);
    if (base && /\/Subtype\s*\/(Type0|Type1|TrueType)/.test(dict)) {
      baseFonts.push(base[1]);
      if (/\/Subtype\s*\/Type1/.test(dict)) allEmbedded = false;
    }
  }
  const descriptorsEmbedded = [...objects.values()].filter((o) => /\/Type\s*\/FontDescriptor/.test(o.dict)).every((o) => /\/FontFile2\s+\d+\s+0\s+R/.test(o.dict));
  const lines: string[] = [];
  for (const { dict, stream } of objects.values()) {
    if (!stream || /\/Type\s*\/|\/Length1|CIDInit/.test(dict) || stream.toString('latin1').includes('begincmap')) continue;
    const content = stream.toString('latin1');
    let font = '';
    for (const m of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (m[1]) font = m[1];
      else {
        const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]) : [m[3]];
        lines.push(hexes.map((h) => decode(h, cmaps.get(font))).join(''));
      }
    }
  }
  return { lines, baseFonts, allEmbedded: allEmbedded && descriptorsEmbedded };
}

/** Glyph ids (4 hex digits each) through the CMap; without one, bytes as Latin-1 (a standard font). */
function decode(hex: string, cmap: Map<number, string> | undefined): string {
  if (!cmap) return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1');
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
  return out;
}

/** pdfkit writes `<start> <end> [<utf16be> …]` bfrange entries. */
function parseCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, start, list] of text.matchAll(/<([0-9a-fA-F]+)>\s*<[0-9a-fA-F]+>\s*\[([^\]]*)\]/g)) {
    let code = parseInt(start, 16);
    for (const [, units] of list.matchAll(/<([0-9a-fA-F\s]*)>/g)) {
      const words = units.trim().split(/\s+/).filter(Boolean).map((u) => parseInt(u, 16));
      map.set(code++, String.fromCharCode(...words));
    }
  }
  return map;
}

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+)\s+0\s+obj\b([\s\S]*?)endobj/g)) {
    const body = m[2];
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const bodyAt = (m.index as number) + m[0].length - 'endobj'.length - body.length;
    let start = bodyAt + streamAt + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const length = /\/Length\s+(\d+)/.exec(dict);
    const raw = length ? pdf.subarray(start, start + Number(length[1])) : pdf.subarray(start, bodyAt + body.lastIndexOf('endstream'));
    objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return objects;
}
