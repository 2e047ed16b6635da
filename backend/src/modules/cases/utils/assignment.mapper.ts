import { Assignment, Goal } from '@mentor/contracts';

import { AssignmentEntity } from '../entities/assignment.entity';

export function toAssignment(a: AssignmentEntity, extra: { mentorName: string; supplierName: string; goals: Goal[]; citizen?: { name: string; phone: string } }): Assignment {
  return {
    id: a.id,
    caseId: a.caseId,
    requestId: a.requestId,
    offerId: a.offerId,
    mentorId: a.mentorId,
    mentorName: extra.mentorName,
    supplierId: a.supplierId,
    supplierName: extra.supplierName,
    agreementId: a.agreementId,
    municipalityCode: a.municipalityCode,
    hoursPerWeek: a.hoursPerWeek,
    startDate: a.startDate,
    endDate: a.endDate,
    status: a.status,
    ...(a.endedReason ? { endedReason: a.endedReason } : {}),
    ...(a.previousAssignmentId ? { previousAssignmentId: a.previousAssignmentId } : {}),
    goals: extra.goals,
    ...(extra.citizen ? { citizen: extra.citizen } : {}),
  };
}
