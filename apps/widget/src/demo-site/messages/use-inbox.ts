import { ClearlineError, type ClientErrorCode, CustomerClient } from '@clearline/client';
import type { CaseSummary, SecureMessage } from '@clearline/protocol';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface Inbox {
  /** Unread first, then newest first (the order of the last load: reading does not move a message). */
  messages: readonly SecureMessage[] | null;
  cases: readonly CaseSummary[] | null;
  unread: number;
  loading: boolean;
  error: ClientErrorCode | null;
  refresh: () => Promise<void>;
  markRead: (id: string) => Promise<void>;
  /** The site's REST client for the signed-in cardmember (null when signed out). */
  client: CustomerClient | null;
}

const codeOf = (err: unknown): ClientErrorCode => (err instanceof ClearlineError ? err.code : 'INTERNAL');

function unreadFirst(list: readonly SecureMessage[]): SecureMessage[] {
  return [...list].sort(
    (a, b) => Number(a.readAt !== null) - Number(b.readAt !== null) || b.createdAt.localeCompare(a.createdAt),
  );
}

/**
 * The signed-in cardmember's secure messages and cases over REST (the site's own client; it never
 * opens a socket). The token stays in the session's closure; signed out (`token` null) it is empty.
 */
export function useInbox(url: string, token: (() => Promise<string>) | null): Inbox {
  const client = useMemo(() => (token ? new CustomerClient({ url, token }) : null), [url, token]);
  const current = useRef(client);
  const [messages, setMessages] = useState<SecureMessage[] | null>(null);
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ClientErrorCode | null>(null);

  useEffect(() => {
    current.current = client;
    setMessages(null);
    setCases(null);
    setError(null);
    return () => client?.close();
  }, [client]);

  // Answers for a client that is no longer the session's (signed out meanwhile) are dropped.
  const refresh = useCallback(async () => {
    if (!client) return;
    setLoading(true);
    setError(null);
    try {
      const [m, c] = await Promise.all([client.secureMessages(), client.cases()]);
      if (current.current !== client) return;
      setMessages(unreadFirst(m));
      setCases(c);
    } catch (err) {
      if (current.current === client) setError(codeOf(err));
    } finally {
      if (current.current === client) setLoading(false);
    }
  }, [client]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const markRead = useCallback(
    async (id: string) => {
      if (!client) return;
      try {
        const read = await client.markSecureMessageRead(id);
        if (current.current === client)
          setMessages((list) => list?.map((m) => (m.id === id ? read : m)) ?? list);
      } catch (err) {
        if (current.current === client) setError(codeOf(err));
      }
    },
    [client],
  );

  const unread = messages?.filter((m) => m.readAt === null).length ?? 0;
  return { messages, cases, unread, loading, error, refresh, markRead, client };
}
