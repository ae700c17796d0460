import type { Message } from '@clearline/protocol';
import type { TFunction } from 'i18next';

/**
 * System events are localised from their code. The agent's name is not a field of its own on the
 * wire, so it is read from the server's English template and left out when it cannot be.
 */
export function eventText(message: Message, t: TFunction): string {
  const event = message.event;
  if (!event) return message.body;
  if (event === 'agent_joined' || event === 'agent_left') {
    const name = /^(.+) (joined|left) the chat\.$/.exec(message.body)?.[1];
    return name ? t(`events.${event}`, { name }) : t(`events.${event}_anonymous`);
  }
  return t(`events.${event}`, { defaultValue: message.body });
}
