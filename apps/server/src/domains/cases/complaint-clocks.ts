/*
 * Complaint response clocks: the CFPB expects a first response within 15 days of receipt and a final
 * response within 60 days. Receipt and responses are instants; due dates are New York calendar days
 * (America/New_York) and mean "by the end of that day". A final response sent within 15 days also
 * counts as the first response.
 */
import { addDays, type CalendarDate, daysBetween, issuerDateOf } from './calendar.ts';

export const COMPLAINT_FIRST_RESPONSE_DAYS = 15;
export const COMPLAINT_FINAL_RESPONSE_DAYS = 60;

export interface ComplaintClockPolicy {
  firstResponseDays: number;
  finalResponseDays: number;
}

export const CFPB_COMPLAINT_CLOCKS: ComplaintClockPolicy = {
  firstResponseDays: COMPLAINT_FIRST_RESPONSE_DAYS,
  finalResponseDays: COMPLAINT_FINAL_RESPONSE_DAYS,
};

export interface ComplaintClocks {
  receivedAt: Date;
  receivedOn: CalendarDate;
  firstResponseDueOn: CalendarDate;
  finalResponseDueOn: CalendarDate;
}

export function computeComplaintClocks(
  receivedAt: Date,
  policy: ComplaintClockPolicy = CFPB_COMPLAINT_CLOCKS,
): ComplaintClocks {
  if (policy.firstResponseDays > policy.finalResponseDays) {
    throw new RangeError('the first response cannot be due after the final one');
  }
  const receivedOn = issuerDateOf(receivedAt);
  return {
    receivedAt,
    receivedOn,
    firstResponseDueOn: addDays(receivedOn, policy.firstResponseDays),
    finalResponseDueOn: addDays(receivedOn, policy.finalResponseDays),
  };
}

/** met / missed once done; otherwise pending, due_today on the last day, missed after it. */
export type ComplaintClockState = 'met' | 'missed' | 'pending' | 'due_today';

export interface ComplaintClockStatus {
  firstResponse: ComplaintClockState;
  finalResponse: ComplaintClockState;
  /** Days left to the next open deadline (negative when overdue), or null when both are done. */
  daysToNextDue: number | null;
}

function state(doneOn: CalendarDate | null, dueOn: CalendarDate, today: CalendarDate): ComplaintClockState {
  if (doneOn !== null) return doneOn <= dueOn ? 'met' : 'missed';
  if (today < dueOn) return 'pending';
  return today === dueOn ? 'due_today' : 'missed';
}

/** Where the complaint's clocks stand at an instant (for the case list and the agent's reminders). */
export function complaintClockStatus(
  clocks: ComplaintClocks,
  progress: { now: Date; firstRespondedAt?: Date | null; finalRespondedAt?: Date | null },
): ComplaintClockStatus {
  const today = issuerDateOf(progress.now);
  const finalOn = progress.finalRespondedAt ? issuerDateOf(progress.finalRespondedAt) : null;
  const firstCandidates = [progress.firstRespondedAt, progress.finalRespondedAt]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => issuerDateOf(d))
    .sort();
  const firstOn = firstCandidates[0] ?? null;
  const firstResponse = state(firstOn, clocks.firstResponseDueOn, today);
  const finalResponse = state(finalOn, clocks.finalResponseDueOn, today);
  const next =
    firstOn === null ? clocks.firstResponseDueOn : finalOn === null ? clocks.finalResponseDueOn : null;
  return { firstResponse, finalResponse, daysToNextDue: next === null ? null : daysBetween(today, next) };
}
