/** Wire limits, shared so the widget can enforce them before the server does. */
export const LIMITS = {
  /** Characters in one chat message body. */
  messageChars: 4_000,
  /** Bytes in one Socket.IO frame (maxHttpBufferSize). */
  frameBytes: 64 * 1024,
  /** Messages returned by one history page. */
  historyPage: 200,
  /** Client→server events one customer socket may send per second (sustained), with a burst allowance. */
  eventsPerSecond: 20,
  eventBurst: 40,
  /** Agents handle several chats at once (receipts and typing for each): a larger budget. */
  agentEventsPerSecond: 60,
  agentEventBurst: 120,
} as const;
