import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Handlebars from 'handlebars';
import PDFDocument from 'pdfkit';

/** A document as data: both the HTML and the PDF are rendered from the same view. */
export interface DocumentSection {
  heading: string;
  rows?: [string, string][];
  paragraphs?: string[];
  list?: string[];
  /** Titled lists, e.g. goals with their milestones. */
  groups?: { title: string; items: string[] }[];
}

export interface SectionedDocument {
  title: string;
  subtitle?: string;
  issuer: string;
  reference: string;
  generatedAt: string;
  sections: DocumentSection[];
}

let template: Handlebars.TemplateDelegate | undefined;

/** HTML from the handlebars template; every value is escaped. */
export function renderDocumentHtml(view: SectionedDocument): string {
  template ??= Handlebars.create().compile(readFileSync(join(__dirname, 'templates', 'sectioned-document.html.hbs'), 'utf8'), { strict: false });
  return template(view);
}

/** PDF with pdfkit's built-in Helvetica: no browser and no font files needed. */
export function renderDocumentPdf(view: SectionedDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: view.title, Author: view.issuer, Creator: 'Mentormarkedet' } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 112;
  doc.fillColor('#5a6778').fontSize(9).font('Helvetica').text(`${view.issuer} · Mentormarkedet · ${view.reference}`);
  doc.moveDown(0.3).fillColor('#1a2433').font('Helvetica-Bold').fontSize(18).text(view.title);
  if (view.subtitle) doc.fillColor('#5a6778').font('Helvetica').fontSize(10).text(view.subtitle);
  doc.moveDown(0.5).strokeColor('#0b3d66').lineWidth(2).moveTo(56, doc.y).lineTo(56 + width, doc.y).stroke();
  for (const section of view.sections) {
    doc.moveDown(1).fillColor('#1a2433').font('Helvetica-Bold').fontSize(12).text(section.heading);
    doc.moveDown(0.3).font('Helvetica').fontSize(10);
    for (const [label, value] of section.rows ?? []) {
      const y = doc.y;
      doc.font('Helvetica-Bold').text(label, 56, y, { width: width * 0.35 });
      const afterLabel = doc.y;
      doc.font('Helvetica').text(value || '–', 56 + width * 0.37, y, { width: width * 0.63 });
      doc.y = Math.max(afterLabel, doc.y) + 2;
      doc.x = 56;
    }
    for (const p of section.paragraphs ?? []) doc.font('Helvetica').text(p, { width }).moveDown(0.4);
    if (section.list?.length) doc.font('Helvetica').list(section.list, { width, bulletRadius: 1.5 }).moveDown(0.3);
    for (const group of section.groups ?? []) {
      doc.font('Helvetica-Bold').text(group.title, { width });
      if (group.items.length) doc.font('Helvetica').list(group.items, { width: width - 12, bulletRadius: 1.5, indent: 12 });
      doc.moveDown(0.4);
    }
  }
  doc.moveDown(1).fillColor('#5a6778').fontSize(8).text(`Dannet ${view.generatedAt}`);
  doc.end();
  return done;
}
