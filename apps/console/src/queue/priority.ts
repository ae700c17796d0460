/** Priority 100 and above is fraud happening now, the top of every list. */
export const TOP_PRIORITY = 100;

/** Which badge a queue item gets for its priority: none for ordinary chats. */
export function priorityBadge(priority: number): 'top' | 'raised' | null {
  if (priority >= TOP_PRIORITY) return 'top';
  if (priority > 0) return 'raised';
  return null;
}
