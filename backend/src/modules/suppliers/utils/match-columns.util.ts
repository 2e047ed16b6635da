import { EntityManager } from 'typeorm';

import { CERTIFICATE_KINDS, COMPETENCE_CODES } from '@mentor/contracts';

/**
 * Recomputes the columns the matching prefilter reads from the mentor row that come from other
 * tables (see MentorEntity): the postcode's centroid, the competence levels packed 2 bits per
 * code of COMPETENCE_CODES, and per kind of CERTIFICATE_KINDS the dates a valid certificate
 * covers. Every write to a mentor's postcode, competences or certificates calls it in the same
 * transaction, the way competence_profile is kept; the migration that added the columns
 * backfilled them the same way.
 *
 * Levels are clamped to 0–3 as the engine reads them; a certificate that expires before it was
 * issued covers no date; codes and kinds outside the taxonomy count for nothing, as in matching.
 */
export async function syncMatchColumns(manager: EntityManager, mentorIds: readonly string[] | 'all'): Promise<void> {
  if (mentorIds !== 'all' && mentorIds.length === 0) return;
  await manager.query(MATCH_COLUMNS_SQL, [COMPETENCE_CODES, CERTIFICATE_KINDS, mentorIds === 'all' ? null : mentorIds]);
}

/**
 * Set-based, so one statement serves one mentor and a whole table alike.
 * $1 competence codes in order, $2 certificate kinds in order, $3 the mentors (null: all).
 */
const MATCH_COLUMNS_SQL = `
  WITH target AS (
    SELECT m.id, m.postcode FROM mentor m WHERE $3::uuid[] IS NULL OR m.id = ANY($3::uuid[])
  ),
  levels AS (
    SELECT mc.mentor_id, sum(least(greatest(mc.level, 0), 3)::int << (2 * (array_position($1::varchar[], mc.code) - 1)))::int AS levels
    FROM mentor_competence mc JOIN target t ON t.id = mc.mentor_id
    GROUP BY mc.mentor_id
  ),
  periods AS (
    SELECT c.mentor_id, c.kind, range_agg(daterange(c.issued_on, c.expires_on, '[]')) AS validity
    FROM mentor_certificate c JOIN target t ON t.id = c.mentor_id
    WHERE c.issued_on <= c.expires_on
    GROUP BY c.mentor_id, c.kind
  ),
  validity AS (
    SELECT t.id, array_agg(coalesce(p.validity, '{}'::datemultirange) ORDER BY k.i) AS validity
    FROM target t
    CROSS JOIN unnest($2::varchar[]) WITH ORDINALITY k(kind, i)
    LEFT JOIN periods p ON p.mentor_id = t.id AND p.kind = k.kind
    GROUP BY t.id
  )
  UPDATE mentor m SET lat = pc.lat, lon = pc.lon, competence_levels = coalesce(l.levels, 0), certificate_validity = v.validity
  FROM target t
  JOIN validity v ON v.id = t.id
  LEFT JOIN levels l ON l.mentor_id = t.id
  LEFT JOIN postcode pc ON pc.postcode = t.postcode
  WHERE m.id = t.id`;
