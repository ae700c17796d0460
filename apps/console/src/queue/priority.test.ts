import { describe, expect, it } from 'vitest';
import { priorityBadge } from './priority.ts';

describe('priority badge', () => {
  it('marks fraud happening now as top priority, other raised chats as raised, ordinary ones not at all', () => {
    expect(priorityBadge(100)).toBe('top');
    expect(priorityBadge(150)).toBe('top');
    expect(priorityBadge(20)).toBe('raised');
    expect(priorityBadge(0)).toBeNull();
  });
});
