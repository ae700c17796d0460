import type { Message } from '@clearline/protocol';

/** The subset of i18next's `t` this needs, so the SDK does not depend on i18next. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The text of a message in the reader's language. System events are localised from their code
 * (`events.<code>` keys) and their structured data; the agent's name comes from `eventData.agentName`.
 */
export function eventText(message: Message, t: Translate): string {
  const event = message.event;
  if (!event) return message.body;
  if (event === 'agent_joined' || event === 'agent_left') {
    const name = message.eventData?.agentName;
    return name ? t(`events.${event}`, { name }) : t(`events.${event}_anonymous`);
  }
  return t(`events.${event}`, { defaultValue: message.body });
}
