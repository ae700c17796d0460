import { describe, expect, it } from 'vitest';
import { calendarDate, dayOf, daysBetween } from './calendar.ts';
import {
  type DueDateChangePlan,
  type DueDateChangeRequest,
  dueDateForClosing,
  planDueDateChange,
  transitionLateFeeAllowed,
} from './due-date-change.ts';

function plan(request: DueDateChangeRequest): DueDateChangePlan {
  const result = planDueDateChange(request);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.plan;
}

describe('due-date change', () => {
  it.each([
    {
      name: 'a day earlier, same month, 24 days after closing',
      request: { requestedOn: '2027-01-15', closingDay: 1, currentDueDay: 26, newDueDay: 25 },
      expected: {
        transitionClosingDate: '2027-02-01',
        oldDueDate: '2027-02-26',
        firstNewDueDate: '2027-02-25',
        movedToFollowingMonth: false,
        daysAfterClosing: 24,
        noLateFeeThrough: '2027-02-26',
        followingDueDates: ['2027-03-25', '2027-04-25', '2027-05-25'],
        dueAfterNextClosing: false,
      },
    },
    {
      name: 'the 15th after a closing on the 28th: 18 days, moves to the following month',
      request: { requestedOn: '2027-01-10', closingDay: 28, currentDueDay: 25, newDueDay: 15 },
      expected: {
        transitionClosingDate: '2027-01-28',
        oldDueDate: '2027-02-25',
        firstNewDueDate: '2027-03-15',
        movedToFollowingMonth: true,
        daysAfterClosing: 46,
        noLateFeeThrough: '2027-03-15',
        followingDueDates: ['2027-04-15', '2027-05-15', '2027-06-15'],
        dueAfterNextClosing: true,
      },
    },
    {
      name: 'exactly 21 days in the same month stays; the old, later date protects the transition',
      request: { requestedOn: '2027-01-20', closingDay: 7, currentDueDay: 3, newDueDay: 28 },
      expected: {
        transitionClosingDate: '2027-02-07',
        oldDueDate: '2027-03-03',
        firstNewDueDate: '2027-02-28',
        movedToFollowingMonth: false,
        daysAfterClosing: 21,
        noLateFeeThrough: '2027-03-03',
        followingDueDates: ['2027-03-28', '2027-04-28', '2027-05-28'],
      },
    },
    {
      name: '20 days in the same month moves a month',
      request: { requestedOn: '2027-02-01', closingDay: 8, currentDueDay: 3, newDueDay: 28 },
      expected: {
        transitionClosingDate: '2027-02-08',
        oldDueDate: '2027-03-03',
        firstNewDueDate: '2027-03-28',
        movedToFollowingMonth: true,
        daysAfterClosing: 48,
        noLateFeeThrough: '2027-03-28',
      },
    },
    {
      name: 'closing Feb 28 in a common year, due the 21st: exactly 21 days',
      request: { requestedOn: '2027-02-10', closingDay: 28, currentDueDay: 25, newDueDay: 21 },
      expected: {
        transitionClosingDate: '2027-02-28',
        oldDueDate: '2027-03-25',
        firstNewDueDate: '2027-03-21',
        movedToFollowingMonth: false,
        daysAfterClosing: 21,
        noLateFeeThrough: '2027-03-25',
        followingDueDates: ['2027-04-21', '2027-05-21', '2027-06-21'],
      },
    },
    {
      name: 'leap year: closing Feb 28 2028, due the 21st: 22 days',
      request: { requestedOn: '2028-02-10', closingDay: 28, currentDueDay: 25, newDueDay: 21 },
      expected: {
        transitionClosingDate: '2028-02-28',
        firstNewDueDate: '2028-03-21',
        daysAfterClosing: 22,
      },
    },
    {
      name: 'due the 20th after closing on the 28th: 21 days in March but 20 in February, so never the next month',
      request: { requestedOn: '2028-02-10', closingDay: 28, currentDueDay: 25, newDueDay: 20 },
      expected: {
        transitionClosingDate: '2028-02-28',
        firstNewDueDate: '2028-04-20',
        movedToFollowingMonth: true,
        followingDueDates: ['2028-05-20', '2028-06-20', '2028-07-20'],
        dueAfterNextClosing: true,
      },
    },
    {
      name: 'asked on a closing day: applies from the next cycle',
      request: { requestedOn: '2027-03-28', closingDay: 28, currentDueDay: 25, newDueDay: 22 },
      expected: {
        transitionClosingDate: '2027-04-28',
        firstNewDueDate: '2027-05-22',
        oldDueDate: '2027-05-25',
      },
    },
    {
      name: 'asked the day before closing: applies to that statement',
      request: { requestedOn: '2027-03-27', closingDay: 28, currentDueDay: 25, newDueDay: 22 },
      expected: {
        transitionClosingDate: '2027-03-28',
        firstNewDueDate: '2027-04-22',
        oldDueDate: '2027-04-25',
      },
    },
    {
      name: 'with three processing days, the day before closing is too late',
      request: {
        requestedOn: '2027-03-27',
        closingDay: 28,
        currentDueDay: 25,
        newDueDay: 22,
        processingDays: 3,
      },
      expected: { transitionClosingDate: '2027-04-28' },
    },
    {
      name: 'over the year end',
      request: { requestedOn: '2027-12-20', closingDay: 22, currentDueDay: 17, newDueDay: 19 },
      expected: {
        transitionClosingDate: '2027-12-22',
        oldDueDate: '2028-01-17',
        firstNewDueDate: '2028-01-19',
        noLateFeeThrough: '2028-01-19',
        followingDueDates: ['2028-02-19', '2028-03-19', '2028-04-19'],
      },
    },
  ] as const)('$name', ({ request, expected }) => {
    expect(plan(request)).toMatchObject(expected);
  });

  it.each([
    [{ newDueDay: 29 }, 'invalid_due_day'],
    [{ newDueDay: 31 }, 'invalid_due_day'],
    [{ newDueDay: 0 }, 'invalid_due_day'],
    [{ newDueDay: 12.5 }, 'invalid_due_day'],
    [{ newDueDay: 25 }, 'same_due_day'],
    [{ newDueDay: 10, closingDay: 30 }, 'invalid_closing_day'],
  ])('refuses %o: %s', (change, reason) => {
    expect(
      planDueDateChange({ requestedOn: '2027-01-10', closingDay: 28, currentDueDay: 25, ...change }),
    ).toEqual({ ok: false, reason });
  });

  it('every closing day and due day gives the same day each month, at least 21 days after closing, never two due the same day', () => {
    for (let closingDay = 1; closingDay <= 28; closingDay++) {
      for (let dueDay = 1; dueDay <= 28; dueDay++) {
        let previous = '';
        for (let i = 0; i < 26; i++) {
          const closing = calendarDate(2027 + Math.floor(i / 12), (i % 12) + 1, closingDay);
          const due = dueDateForClosing(closing, dueDay);
          expect(dayOf(due)).toBe(dueDay);
          expect(daysBetween(closing, due)).toBeGreaterThanOrEqual(21);
          expect(daysBetween(closing, due)).toBeLessThanOrEqual(21 + 62);
          expect(due > previous).toBe(true);
          previous = due;
        }
      }
    }
  });
});

describe('no late fee from the change', () => {
  // new due date (2027-02-28) earlier than the old one (2027-03-03) in the transition
  const earlier = plan({ requestedOn: '2027-01-20', closingDay: 7, currentDueDay: 3, newDueDay: 28 });
  // new due date (2027-03-15) later than the old one (2027-02-25)
  const later = plan({ requestedOn: '2027-01-10', closingDay: 28, currentDueDay: 25, newDueDay: 15 });

  it.each([
    ['paid on the new, earlier date', earlier, '2027-02-28', '2027-03-10', false],
    ['paid on the old date, after the new one', earlier, '2027-03-03', '2027-03-10', false],
    ['paid the day after the old date', earlier, '2027-03-04', '2027-03-10', true],
    ['paid on the old date', later, '2027-02-25', '2027-03-10', false],
    ['paid after the old date but before the new one', later, '2027-03-01', '2027-03-10', false],
    ['paid on the new date', later, '2027-03-15', '2027-03-20', false],
    ['paid after the new date', later, '2027-03-16', '2027-03-20', true],
    ['not paid yet, protected day not over', later, null, '2027-03-15', false],
    ['not paid, protected day over', later, null, '2027-03-16', true],
  ] as const)('%s → late fee allowed: %s', (_name, p, creditedOn, today, allowed) => {
    expect(transitionLateFeeAllowed(p, { creditedOn, today })).toBe(allowed);
  });

  it('the protection covers whichever date is later', () => {
    for (const p of [earlier, later]) {
      expect(p.noLateFeeThrough >= p.oldDueDate && p.noLateFeeThrough >= p.firstNewDueDate).toBe(true);
      expect(p.noLateFeeThrough).toBe(p.oldDueDate > p.firstNewDueDate ? p.oldDueDate : p.firstNewDueDate);
    }
  });
});
