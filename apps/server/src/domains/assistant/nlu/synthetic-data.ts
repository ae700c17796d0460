/** A small synthetic intent dataset for unit tests (deterministic, no external data). */
import type { Example } from './dataset.ts';

const INTENTS: Record<string, { frames: string[]; slots: string[] }> = {
  payment_due_date: {
    frames: [
      'when is my {} due',
      'what day is the {} due',
      'due date for my {}',
      'when do i have to pay my {}',
    ],
    slots: ['payment', 'bill', 'minimum payment', 'card payment', 'statement'],
  },
  lost_stolen_card: {
    frames: ['i lost my {}', 'my {} was stolen', 'someone stole my {}', 'cannot find my {} anywhere'],
    slots: ['card', 'credit card', 'wallet with the card', 'visa card', 'plastic'],
  },
  balance_inquiry: {
    frames: ['what is my {}', 'show me my {}', 'how much is my {}', 'tell me the {}'],
    slots: ['balance', 'current balance', 'statement balance', 'available credit', 'account balance'],
  },
  talk_to_agent: {
    frames: ['i want to talk to a {}', 'connect me with a {}', 'can i speak to a {}', 'get me a {} please'],
    slots: ['person', 'human', 'real agent', 'representative', 'live agent'],
  },
  rewards_balance: {
    frames: ['how many {} do i have', 'check my {}', 'what is my {} total', 'show my {}'],
    slots: ['points', 'reward points', 'rewards', 'miles', 'cashback points'],
  },
  update_address: {
    frames: [
      'i moved please change my {}',
      'update my {}',
      'i need a new {} on file',
      'change the {} on my account',
    ],
    slots: ['address', 'mailing address', 'home address', 'billing address', 'street address'],
  },
};

const OOS = [
  'what is the weather tomorrow',
  'give me a recipe for lasagna',
  'who won the football game',
  'how do i write a python loop',
  'what is the price of bitcoin',
  'tell me a joke about cats',
  'book a table for two at a sushi place',
  'how tall is mount everest',
  'play some jazz music',
  'translate hello into german',
  'what time is it in tokyo',
  'set an alarm for seven',
  'how many calories in an apple',
  'recommend a good movie',
  'what is the capital of peru',
  'how do i fix a flat tire',
];

export function syntheticDataset(): { train: Example[]; test: Example[] } {
  const train: Example[] = [];
  const test: Example[] = [];
  for (const [intent, { frames, slots }] of Object.entries(INTENTS)) {
    frames.forEach((frame, fi) => {
      slots.forEach((slot, si) => {
        const ex = { text: frame.replace('{}', slot), intent };
        // Hold out one slot per frame (a different one per frame) for the test set.
        if ((fi + si) % 5 === 0) test.push(ex);
        else train.push(ex);
      });
    });
  }
  OOS.forEach((text, i) => {
    (i % 4 === 0 ? test : train).push({ text, intent: 'oos' });
  });
  return { train, test };
}
