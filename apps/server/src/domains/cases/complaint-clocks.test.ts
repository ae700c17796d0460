import { describe, expect, it } from 'vitest';
import { complaintClockStatus, computeComplaintClocks } from './complaint-clocks.ts';

describe('complaint clocks (15-day first response, 60-day final response)', () => {
  it.each([
    ['mid-month', '2027-01-20T15:00:00Z', '2027-01-20', '2027-02-04', '2027-03-21'],
    [
      'leap year: the final response window crosses Feb 29',
      '2028-01-20T15:00:00Z',
      '2028-01-20',
      '2028-02-04',
      '2028-03-20',
    ],
    ['month end', '2027-01-31T15:00:00Z', '2027-01-31', '2027-02-15', '2027-04-01'],
    [
      '11 p.m. in New York is still that day',
      '2027-12-17T04:00:00Z',
      '2027-12-16',
      '2027-12-31',
      '2028-02-14',
    ],
    [
      'across the start of daylight saving time',
      '2027-03-01T15:00:00Z',
      '2027-03-01',
      '2027-03-16',
      '2027-04-30',
    ],
  ])('%s', (_name, receivedAt, receivedOn, firstDue, finalDue) => {
    expect(computeComplaintClocks(new Date(receivedAt))).toMatchObject({
      receivedOn,
      firstResponseDueOn: firstDue,
      finalResponseDueOn: finalDue,
    });
  });

  it('takes other periods from the policy, and refuses a first response due after the final one', () => {
    const c = computeComplaintClocks(new Date('2027-01-20T15:00:00Z'), {
      firstResponseDays: 5,
      finalResponseDays: 30,
    });
    expect(c.firstResponseDueOn).toBe('2027-01-25');
    expect(c.finalResponseDueOn).toBe('2027-02-19');
    expect(() =>
      computeComplaintClocks(new Date('2027-01-20T15:00:00Z'), {
        firstResponseDays: 61,
        finalResponseDays: 60,
      }),
    ).toThrow(RangeError);
  });

  const clocks = computeComplaintClocks(new Date('2027-01-20T15:00:00Z')); // first 02-04, final 03-21

  it.each([
    ['the day before the first response is due', { now: '2027-02-03T15:00:00Z' }, 'pending', 'pending', 1],
    ['the day it is due', { now: '2027-02-04T15:00:00Z' }, 'due_today', 'pending', 0],
    ['the day after, with no response', { now: '2027-02-05T15:00:00Z' }, 'missed', 'pending', -1],
    [
      'first response at 11:30 p.m. New York on the last day',
      { now: '2027-02-10T15:00:00Z', first: '2027-02-05T04:30:00Z' },
      'met',
      'pending',
      39,
    ],
    [
      'a final response within 15 days answers both',
      { now: '2027-02-10T15:00:00Z', final: '2027-01-30T15:00:00Z' },
      'met',
      'met',
      null,
    ],
    [
      'final response on day 60',
      { now: '2027-03-25T15:00:00Z', first: '2027-02-01T15:00:00Z', final: '2027-03-21T20:00:00Z' },
      'met',
      'met',
      null,
    ],
    [
      'final response due today',
      { now: '2027-03-21T15:00:00Z', first: '2027-02-01T15:00:00Z' },
      'met',
      'due_today',
      0,
    ],
    ['nothing sent for 61 days', { now: '2027-03-22T15:00:00Z' }, 'missed', 'missed', -46],
    [
      'only a late final response',
      { now: '2027-03-25T15:00:00Z', final: '2027-03-22T15:00:00Z' },
      'missed',
      'missed',
      null,
    ],
  ] as const)('%s', (_name, p, first, final, daysToNext) => {
    const status = complaintClockStatus(clocks, {
      now: new Date(p.now),
      firstRespondedAt: 'first' in p ? new Date(p.first) : null,
      finalRespondedAt: 'final' in p ? new Date(p.final) : null,
    });
    expect(status).toEqual({ firstResponse: first, finalResponse: final, daysToNextDue: daysToNext });
  });
});
