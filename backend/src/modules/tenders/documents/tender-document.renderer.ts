import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import Handlebars from 'handlebars';
import PDFDocument from 'pdfkit';

import { TenderDocumentKind } from '@mentor/contracts';

import { BidLine, DocumentView, LotView, Row } from './document-views';

const TITLES: Record<TenderDocumentKind, string> = {
  notice: 'Udbudsbekendtgørelse',
  'procedure-report': 'Udbudsrapport',
  'standstill-letter': 'Standstill-brev',
};

type FontStyle = 'regular' | 'bold' | 'italic';

/**
 * DejaVu Sans, from the dejavu-fonts-ttf package. The PDF standard fonts (Helvetica) cover WinAnsi
 * only, so "−", "≥", Polish or other non-Western letters in user text came out garbled; DejaVu
 * covers them and is embedded (subset) in each PDF. Resolved through the package, not a relative
 * path, so it is found from the SWC-built dist as well as from the sources under jest.
 */
const FONT_FILES: Record<FontStyle, string> = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' };
const FONT: Record<FontStyle, string> = { regular: 'Sans', bold: 'Sans-Bold', italic: 'Sans-Oblique' };
let fontDir: string | undefined;

function fontPath(style: FontStyle): string {
  fontDir ??= join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return join(fontDir, FONT_FILES[style]);
}

/**
 * Renders a document view as HTML (handlebars templates in ./templates, values escaped) or as PDF
 * (pdfkit with embedded DejaVu Sans: no browser needed, works in the embedded default).
 */
export class TenderDocumentRenderer {
  private readonly hbs = Handlebars.create();
  private readonly templates = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly dir = join(__dirname, 'templates')) {}

  html(view: DocumentView): string {
    const body = this.template(view.kind);
    this.hbs.registerPartial('body', body);
    return this.template('layout')({ ...view, docTitle: TITLES[view.kind] });
  }

  async pdf(view: DocumentView): Promise<Buffer> {
    // The default font too: otherwise pdfkit also embeds an unused Helvetica.
    const doc = new PDFDocument({ size: 'A4', margin: 50, font: fontPath('regular'), info: { Title: `${TITLES[view.kind]}: ${view.title}`, Author: `${view.municipalityName} Kommune`, Creator: 'Mentormarkedet' } });
    for (const style of Object.keys(FONT) as FontStyle[]) doc.registerFont(FONT[style], fontPath(style));
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const w = new PdfWriter(doc);
    w.meta(`${view.municipalityName} Kommune · Mentormarkedet · Reference ${view.reference}`);
    w.h1(`${TITLES[view.kind]}: ${view.title}`);
    switch (view.kind) {
      case 'notice':
        w.meta(`Status: ${view.status}`);
        w.h2('Beskrivelse');
        w.p(view.description);
        w.note(view.euNotice);
        w.h2('Oplysninger');
        w.rows(view.facts);
        w.h2('Tidsplan');
        w.rows(view.timeline);
        w.h2('Delaftaler');
        w.lots(view.lots);
        w.h2('Tildelingskriterier');
        w.table(['Kriterium', 'Vægt', 'Beskrivelse'], view.criteria.map((c) => [c.name, c.weight, c.description]), [140, 50, 305]);
        break;
      case 'procedure-report':
        w.meta(`Status: ${view.status}`);
        w.h2('Udbuddet');
        w.rows(view.facts);
        w.h2('Tidsplan');
        w.rows(view.timeline);
        w.h2('Delaftaler');
        w.lots(view.lots);
        w.h2('Tildelingskriterier');
        w.table(['Kriterium', 'Vægt', 'Beskrivelse'], view.criteria.map((c) => [c.name, c.weight, c.description]), [140, 50, 305]);
        w.h2('Spørgsmål og svar');
        if (view.questions.length) w.table(['Spørgsmål', 'Svar', 'Besvaret'], view.questions.map((q) => [q.text, q.answer, q.answeredAt]), [200, 200, 95]);
        else w.p('Der er ikke stillet spørgsmål.');
        w.h2('Evaluering');
        if (view.sealedNote) w.note(view.sealedNote);
        for (const lot of view.evaluation) {
          w.h3(lot.heading);
          if (!lot.bids.length) w.p('Ingen tilbud på denne delaftale.');
          else w.bidTable(lot.bids);
          for (const bid of lot.bids) w.scores(bid);
        }
        w.h2('Rammeaftaler');
        if (view.agreements.length) w.table(['Delaftale', 'Leverandør', 'Rang', 'Timepris', 'Status'], view.agreements.map((a) => [a.lot, a.supplierName, a.rank, a.hourlyRate, a.status]), [130, 140, 40, 95, 90]);
        else w.p('Der er ikke tildelt rammeaftaler.');
        w.h2('Forløb (fra revisionssporet)');
        w.table(['Tidspunkt', 'Hændelse', 'Udført af', 'Detaljer'], view.events.map((e) => [e.at, e.action, e.actor, e.details]), [120, 150, 80, 145]);
        break;
      case 'standstill-letter':
        w.p(`Til ${view.supplierName}`);
        w.p(`${view.municipalityName} Kommune har truffet beslutning om tildeling i udbuddet ${view.title}. Brevet er afsendt ${view.dispatchDate}.`);
        for (const lot of view.lots) {
          w.h2(lot.heading);
          w.p(lot.outcome);
          w.h3('Jeres tilbud');
          w.bidTable([lot.own]);
          w.scores(lot.own);
          w.h3('De vindende tilbud');
          w.bidTable(lot.winners);
          for (const bid of lot.winners) w.scores(bid);
        }
        w.h2('Begrundelse');
        for (const r of view.reasons) w.p(r);
        w.h2('Standstill');
        w.note(view.standstillText);
        w.p(`Sidste dag i standstill-perioden: ${view.standstillEndsOn}.`);
        w.h2('Klagevejledning');
        w.p('Klage over tildelingsbeslutningen kan indgives til Klagenævnet for Udbud, Nævnenes Hus, Toldboden 2, 8800 Viborg. Klagen skal være indgivet inden udløbet af standstill-perioden, hvis den skal have opsættende virkning.');
        break;
    }
    w.meta(`Dannet ${view.generatedAt}.`);
    doc.end();
    return done;
  }

  private template(name: string): Handlebars.TemplateDelegate {
    let t = this.templates.get(name);
    if (!t) {
      t = this.hbs.compile(readFileSync(join(this.dir, `${name}.hbs`), 'utf8'), { strict: true });
      this.templates.set(name, t);
    }
    return t;
  }
}

/** Small layout helpers over pdfkit: headings, paragraphs and tables that break across pages. */
class PdfWriter {
  private readonly left: number;
  private readonly width: number;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  meta(text: string): void {
    this.doc.font(FONT.regular).fontSize(8).fillColor('#5a6778').text(text, this.left, undefined, { width: this.width }).moveDown(0.5);
  }

  h1(text: string): void {
    this.doc.font(FONT.bold).fontSize(16).fillColor('#1d2733').text(text, this.left, undefined, { width: this.width }).moveDown(0.5);
  }

  h2(text: string): void {
    this.ensure(60);
    this.doc.moveDown(0.6).font(FONT.bold).fontSize(12).fillColor('#1d2733').text(text, this.left, undefined, { width: this.width }).moveDown(0.3);
  }

  h3(text: string): void {
    this.ensure(40);
    this.doc.moveDown(0.3).font(FONT.bold).fontSize(10).fillColor('#1d2733').text(text, this.left, undefined, { width: this.width }).moveDown(0.2);
  }

  p(text: string): void {
    this.doc.font(FONT.regular).fontSize(9.5).fillColor('#1d2733').text(text, this.left, undefined, { width: this.width }).moveDown(0.4);
  }

  note(text: string): void {
    this.doc.font(FONT.italic).fontSize(9.5).fillColor('#7a5a00').text(text, this.left, undefined, { width: this.width }).moveDown(0.4);
  }

  rows(rows: Row[]): void {
    this.table(['', ''], rows.map((r) => [r.label, r.value]), [160, this.width - 160], false);
  }

  lots(lots: LotView[]): void {
    for (const lot of lots) {
      this.h3(lot.heading);
      if (lot.description) this.p(lot.description);
      this.rows(lot.facts);
    }
  }

  bidTable(bids: BidLine[]): void {
    this.table(['Nr.', 'Leverandør', 'Timepris', 'Pris', 'Kvalitet', 'I alt', 'Resultat'], bids.map((b) => [b.rank, b.supplierName, b.hourlyRate, b.priceScore, b.qualityScore, b.total, b.outcome]), [28, 140, 70, 50, 55, 50, 102]);
  }

  scores(bid: BidLine): void {
    this.doc.font(FONT.bold).fontSize(9).text(`${bid.rank}. ${bid.supplierName}`, this.left, undefined, { width: this.width });
    this.table(['Kriterium', 'Karakter', 'Point', 'Begrundelse'], bid.scores.map((s) => [s.criterion, s.score, s.points, s.justification]), [130, 50, 45, this.width - 225]);
  }

  table(headers: string[], rows: string[][], widths: number[], header = true): void {
    const doc = this.doc;
    const pad = 3;
    const draw = (cells: string[], bold: boolean) => {
      doc.font(bold ? FONT.bold : FONT.regular).fontSize(8.5);
      const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
      this.ensure(height);
      const y = doc.y;
      let x = this.left;
      cells.forEach((c, i) => {
        doc.fillColor('#1d2733').text(c || ' ', x + pad, y + pad, { width: widths[i] - 2 * pad });
        x += widths[i];
      });
      doc.moveTo(this.left, y + height).lineTo(this.left + widths.reduce((a, b) => a + b, 0), y + height).lineWidth(0.5).strokeColor('#c8d3e0').stroke();
      doc.x = this.left;
      doc.y = y + height;
    };
    if (header) draw(headers, true);
    for (const r of rows) draw(r, false);
    doc.moveDown(0.5);
  }

  private ensure(height: number): void {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.doc.addPage();
  }
}
