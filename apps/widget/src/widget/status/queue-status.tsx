/**
 * While the customer waits for an agent: their place in line and the estimated wait, one sentence
 * from the server, in a polite status region (WCAG 4.1.3: announced without moving focus).
 */
export function QueueStatus({ text }: { text: string | null }) {
  return (
    <div className="cl-queue" role="status" data-testid="queue-status" data-visible={text !== null}>
      {text ?? ''}
    </div>
  );
}
