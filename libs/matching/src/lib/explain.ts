import { COMPETENCES } from '@mentor/contracts';

import { COMPONENT_NAMES, ComponentName, FILTER_NAMES, MatchResult, NeedCoverage } from './model';

export type ExplainLanguage = 'da' | 'en';

const COMPONENT_LABELS: Record<ExplainLanguage, Record<ComponentName, string>> = {
  da: {
    competence: 'Kompetencer',
    quality: 'Kvalitet',
    outcome: 'Effekt',
    distance: 'Afstand',
    price: 'Pris',
    capacity: 'Kapacitet',
    preference: 'Præferencer',
  },
  en: {
    competence: 'Competence',
    quality: 'Quality',
    outcome: 'Outcome',
    distance: 'Distance',
    price: 'Price',
    capacity: 'Capacity',
    preference: 'Preferences',
  },
};

const COMPETENCE_LABELS = new Map<string, { da: string; en: string }>(
  COMPETENCES.map((c) => [c.code, { da: lowerFirst(c.labelDa), en: lowerFirst(c.labelEn) }]),
);

/**
 * One short sentence per score component, in the order of COMPONENT_NAMES, for the caseworker:
 * "Kompetencer 0,83 × 40 %: dækker ungdomskriminalitet på niveau 3".
 */
export function explain(result: MatchResult, lang: ExplainLanguage): string[] {
  return COMPONENT_NAMES.map((name) => {
    const head = `${COMPONENT_LABELS[lang][name]} ${formatNumber(result.components[name], 2, lang)} × ${formatPercent(result.weights[name], lang)}`;
    return `${head}: ${reason(name, result, lang)}`;
  });
}

const FILTER_REASONS: Record<ExplainLanguage, Record<string, string>> = {
  da: {
    inactive: 'ikke aktiv',
    capacity: 'for lidt ledig kapacitet',
    language: 'taler ikke et af de krævede sprog',
    certificates: 'mangler en attest, der er gyldig på startdatoen',
    severeNeeds: 'dækker ikke et alvorligt behov på mindst niveau 2',
    distance: 'borgeren bor uden for mentorens rejseafstand',
    // Counted by the database rather than the engine; described here so the UI has one helper.
    agreement: 'leverandøren har ingen rammeaftale i kraft for målgruppen på startdatoen',
  },
  en: {
    inactive: 'inactive',
    capacity: 'not enough free capacity',
    language: 'speaks none of the required languages',
    certificates: 'lacks a certificate valid on the start date',
    severeNeeds: 'does not cover a severe need at level 2 or more',
    distance: "the citizen lives beyond the mentor's travel distance",
    agreement: 'the supplier has no framework agreement in force for the target group on the start date',
  },
};

/** One sentence per filter that removed anyone: "3 mentorer fravalgt: for lidt ledig kapacitet". */
export function describeFilters(filtered: Readonly<Record<string, number>>, lang: ExplainLanguage): string[] {
  const known: readonly string[] = FILTER_NAMES;
  const keys = [...FILTER_NAMES, ...Object.keys(filtered).filter((k) => !known.includes(k)).sort()];
  const lines: string[] = [];
  for (const key of keys) {
    const count = filtered[key];
    if (!(count > 0)) continue;
    const why = FILTER_REASONS[lang][key] ?? key;
    lines.push(
      lang === 'da'
        ? `${count} ${count === 1 ? 'mentor' : 'mentorer'} fravalgt: ${why}`
        : `${count} ${count === 1 ? 'mentor' : 'mentors'} excluded: ${why}`,
    );
  }
  return lines;
}

function reason(name: ComponentName, result: MatchResult, lang: ExplainLanguage): string {
  const d = result.details;
  const da = lang === 'da';
  switch (name) {
    case 'competence':
      return competenceReason(d.needs, lang);
    case 'quality':
      if (d.qualitySource === 'mentor') return da ? 'mentorens rapporteringskvalitet' : "the mentor's reporting quality";
      if (d.qualitySource === 'supplier') {
        return da
          ? 'leverandørens rapporteringskvalitet (mentoren har ingen endnu)'
          : "the supplier's reporting quality (none yet for the mentor)";
      }
      return da ? 'ingen rapporter endnu, neutral værdi' : 'no reports yet, neutral value';
    case 'outcome':
      if (!d.outcomeKnown) return da ? 'ingen afsluttede forløb endnu, neutral værdi' : 'no finished courses yet, neutral value';
      return da
        ? 'leverandørens andel af forløb, der endte i job eller uddannelse'
        : "the supplier's share of courses ending in a job or education";
    case 'distance': {
      const km = formatNumber(result.distanceKm, 1, lang);
      const max = formatNumber(d.maxTravelKm, 1, lang);
      return da ? `${km} km af højst ${max} km` : `${km} km of at most ${max} km`;
    }
    case 'price': {
      const rate = formatRate(result.hourlyRate, lang);
      if (!(d.lowestHourlyRate < result.hourlyRate)) {
        return da ? `laveste timepris blandt kandidaterne (${rate})` : `the lowest hourly rate among the candidates (${rate})`;
      }
      const lowest = formatRate(d.lowestHourlyRate, lang);
      return da ? `${rate}; den laveste blandt kandidaterne er ${lowest}` : `${rate}; the lowest among the candidates is ${lowest}`;
    }
    case 'capacity': {
      const after = formatNumber(Math.max(0, result.freeCapacityHours - d.hoursPerWeek), 1, lang);
      const total = formatNumber(d.weeklyCapacityHours, 1, lang);
      return da ? `${after} af ${total} timer om ugen er fri efter dette forløb` : `${after} of ${total} weekly hours free after this course`;
    }
    case 'preference':
      return preferenceReason(d.preference, lang);
  }
}

function competenceReason(needs: readonly NeedCoverage[], lang: ExplainLanguage): string {
  if (needs.length === 0) return lang === 'da' ? 'ingen behov angivet' : 'no needs given';
  const covered = needs
    .filter((n) => n.level > 0)
    .map((n) => (lang === 'da' ? `${competenceLabel(n.code, lang)} på niveau ${n.level}` : `${competenceLabel(n.code, lang)} at level ${n.level}`));
  const missing = needs.filter((n) => !(n.level > 0)).map((n) => competenceLabel(n.code, lang));
  const parts: string[] = [];
  if (covered.length > 0) parts.push(`${lang === 'da' ? 'dækker' : 'covers'} ${joinList(covered, lang)}`);
  if (missing.length > 0) parts.push(`${lang === 'da' ? 'mangler' : 'lacks'} ${joinList(missing, lang)}`);
  return parts.join('; ');
}

function preferenceReason(parts: { gender?: boolean; language?: boolean; continuity?: boolean }, lang: ExplainLanguage): string {
  const da = lang === 'da';
  const out: string[] = [];
  if (parts.gender !== undefined) {
    out.push(parts.gender ? (da ? 'køn som ønsket' : 'gender as preferred') : da ? 'ikke det ønskede køn' : 'not the preferred gender');
  }
  if (parts.language !== undefined) {
    out.push(
      parts.language ? (da ? 'taler et ønsket sprog' : 'speaks a preferred language') : da ? 'taler intet ønsket sprog' : 'speaks no preferred language',
    );
  }
  if (parts.continuity !== undefined) {
    out.push(
      parts.continuity
        ? da
          ? 'borgerens tidligere mentor'
          : "the citizen's previous mentor"
        : da
          ? 'ikke borgerens tidligere mentor'
          : "not the citizen's previous mentor",
    );
  }
  if (out.length === 0) return da ? 'ingen præferencer angivet' : 'no preferences given';
  return out.join(', ');
}

function competenceLabel(code: string, lang: ExplainLanguage): string {
  return COMPETENCE_LABELS.get(code)?.[lang] ?? code;
}

function joinList(items: readonly string[], lang: ExplainLanguage): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${items[items.length - 1]}`;
}

/** Fixed decimals with the language's decimal mark; whole numbers lose their decimals when decimals is 1. */
function formatNumber(value: number, decimals: number, lang: ExplainLanguage): string {
  const text = decimals === 1 && Number.isInteger(value) ? String(value) : value.toFixed(decimals);
  return lang === 'da' ? text.replace('.', ',') : text;
}

/** "40 %" in Danish, "40%" in English; at most one decimal ("2,5 %"). */
function formatPercent(weight: number, lang: ExplainLanguage): string {
  const percent = Math.round(weight * 1000) / 10;
  return lang === 'da' ? `${formatNumber(percent, 1, lang)} %` : `${formatNumber(percent, 1, lang)}%`;
}

function formatRate(rate: number, lang: ExplainLanguage): string {
  const amount = Number.isInteger(rate) ? String(rate) : rate.toFixed(2);
  return lang === 'da' ? `${amount.replace('.', ',')} kr./time` : `DKK ${amount}/hour`;
}

function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}
