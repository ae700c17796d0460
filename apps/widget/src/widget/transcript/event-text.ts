import type { Message } from '@clearline/protocol';
import type { TFunction } from 'i18next';

/**
 * The server records system events with an English body; the widget shows them in the reader's
 * language from the event code. The agent's name is not a separate field on the wire, so it is read
 * from the English template (`<name> joined the chat.`) and left out when it cannot be.
 */
export function eventText(message: Message, t: TFunction): string {
  const event = message.event;
  if (!event) return message.body;
  if (event === 'agent_joined' || event === 'agent_left') {
    const match = /^(.+) (joined|left) the chat\.$/.exec(message.body);
    const name = match?.[1];
    return name ? t(`events.${event}`, { name }) : t(`events.${event}_anonymous`);
  }
  return t(`events.${event}`, { defaultValue: message.body });
}
