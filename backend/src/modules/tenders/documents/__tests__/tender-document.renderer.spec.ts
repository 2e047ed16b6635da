import { AwardCriterionEntity } from '../../entities/award-criterion.entity';
import { LotEntity } from '../../entities/lot.entity';
import { TenderEntity } from '../../entities/tender.entity';
import { noticeView, priceModelText } from '../document-views';
import { TenderDocumentRenderer } from '../tender-document.renderer';
import { readPdf } from './pdf-text';

const TITLE = 'Łódź ≥ 5 − 2';

function linearTender(): TenderEntity {
  return Object.assign(new TenderEntity(), {
    id: '6f1c2a4e-2b7d-4c1e-9a55-1f0e2d3c4b5a',
    municipalityCode: '0167',
    status: 'published',
    title: TITLE,
    description: 'Mentorstøtte på Ærø og i Kraków; ≥ 2 mentorer pr. delaftale.',
    priceWeight: 40,
    priceModel: 'linear',
    linearSlope: 1,
    allocationModel: 'cascade',
    estimatedValue: 2_000_000,
    questionDeadline: new Date('2026-05-01T10:00:00Z'),
    bidDeadline: new Date('2026-05-11T10:00:00Z'),
    standstillDays: 10,
    agreementStart: '2026-07-01',
    agreementEnd: '2028-06-30',
  });
}

describe('tender document PDF', () => {
  const tender = linearTender();
  const lot = Object.assign(new LotEntity(), { id: 'l1', number: 1, title: 'Unge på Ærø', description: 'Zażółć gęślą jaźń', targetGroups: ['youth_education'], requiredCompetences: [], estimatedHoursPerYear: 1000, maxSuppliers: 2, hourCeiling: 1200 });
  const criterion = Object.assign(new AwardCriterionEntity(), { id: 'c1', position: 1, name: 'Kvalitet', weight: 60, description: 'Svar ≥ 1 side' });
  const view = noticeView(tender, { municipalityName: 'Hvidovre', lots: [lot], criteria: [criterion], thresholdDkk: 5_581_350, now: new Date('2026-04-20T08:00:00Z') });

  let pdf: ReturnType<typeof readPdf>;
  let text: string;
  beforeAll(async () => {
    const bytes = await new TenderDocumentRenderer().pdf(view);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    pdf = readPdf(bytes);
    // Lines wrap at spaces: joined with one, the text reads as written.
    text = pdf.lines.join(' ').replace(/\s+/g, ' ');
  });

  it('embeds DejaVu Sans for all text, no standard (WinAnsi-only) font', () => {
    expect(pdf.baseFonts.length).toBeGreaterThan(0);
    expect(pdf.baseFonts.every((f) => /^[A-Z]{6}\+DejaVuSans(-Bold|-Oblique)?$/.test(f))).toBe(true);
    expect(pdf.allEmbedded).toBe(true);
  });

  it('writes the linear price formula with its minus signs and non-Western user text as given', () => {
    const formula = priceModelText(tender);
    expect(formula).toContain('−');
    expect(text).toContain(formula);
    expect(text).toContain(`Udbudsbekendtgørelse: ${TITLE}`);
    expect(text).toContain('Mentorstøtte på Ærø og i Kraków; ≥ 2 mentorer pr. delaftale.');
    expect(text).toContain('Zażółć gęślą jaźń');
    expect(text).toContain('Svar ≥ 1 side');
    expect(text).not.toContain('\uFFFD');
  });
});
