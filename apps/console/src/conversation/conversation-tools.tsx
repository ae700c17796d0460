import { type Conversation, ZQueueName } from '@clearline/protocol';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ConsoleState,
  type ConsoleStore,
  type Relation,
  WRAP_UP_CODES,
} from '../workspace/console-store.ts';

/** The queues a chat can be transferred to (the seeded, standard queues). */
export const TRANSFER_QUEUES = [
  'general',
  'disputes',
  'fraud',
  'credit',
  'rewards',
  'travel',
  'spanish',
  'small_business',
  'supervisor',
] as const;

interface ToolsProps {
  conversation: Conversation;
  /** Handling it (all tools), a guest (leave, invite) or a silent monitor (barge in, reassign). */
  relation: Relation;
  state: ConsoleState;
  store: ConsoleStore;
  /** Puts a canned response's text into the reply box. */
  onInsert: (text: string) => void;
}

/**
 * Hold / resume, transfer with a note, invite an agent or escalate to a supervisor, canned responses
 * and the wrap-up code for End chat; a guest leaves; a silent monitor barges in or reassigns.
 */
export function ConversationTools({ conversation, relation, state, store, onInsert }: ToolsProps) {
  const { t } = useTranslation();
  const id = conversation.id;
  const busy = state.busy === id || state.status !== 'connected';
  const onHold = conversation.status === 'on_hold';
  const [panel, setPanel] = useState<'transfer' | 'canned' | 'invite' | null>(null);
  const ids = { wrap: useId(), canned: useId(), transfer: useId(), invite: useId() };
  const canned = state.canned[id];
  const handling = relation === 'handling';
  const monitoring = relation === 'monitoring';

  const transferForm = panel === 'transfer' && (
    <TransferForm
      id={ids.transfer}
      current={conversation.queue}
      busy={busy}
      onCancel={() => setPanel(null)}
      onTransfer={async (to) => {
        if (handling) await store.transfer(id, to);
        else await store.reassign(id, to);
        setPanel(null);
      }}
    />
  );

  if (monitoring) {
    return (
      <div className="cc-tools">
        <div className="cc-tools__row" role="toolbar" aria-label={t('tools.label')}>
          <button
            type="button"
            className="cc-button"
            data-action="barge"
            disabled={busy}
            onClick={() => void store.barge(id)}
          >
            {t('tools.barge')}
          </button>
          <button
            type="button"
            className="cc-button"
            data-action="reassign"
            aria-expanded={panel === 'transfer'}
            aria-controls={ids.transfer}
            disabled={busy}
            onClick={() => setPanel(panel === 'transfer' ? null : 'transfer')}
          >
            {t('tools.reassign')}
          </button>
          <button
            type="button"
            className="cc-button"
            data-action="stop-monitoring"
            onClick={() => store.stopMonitoring(id)}
          >
            {t('tools.stopMonitoring')}
          </button>
        </div>
        {transferForm}
      </div>
    );
  }

  return (
    <div className="cc-tools">
      <div className="cc-tools__row" role="toolbar" aria-label={t('tools.label')}>
        {!handling && (
          <button
            type="button"
            className="cc-button"
            data-action="leave"
            disabled={busy}
            onClick={() => void store.leave(id)}
          >
            {t('tools.leave')}
          </button>
        )}
        {handling && (
          <button
            type="button"
            className="cc-button"
            data-action={onHold ? 'resume' : 'hold'}
            disabled={busy}
            onClick={() => void (onHold ? store.resume(id) : store.hold(id))}
          >
            {onHold ? t('tools.resume') : t('tools.hold')}
          </button>
        )}
        {handling && (
          <button
            type="button"
            className="cc-button"
            data-action="transfer"
            aria-expanded={panel === 'transfer'}
            aria-controls={ids.transfer}
            disabled={busy}
            onClick={() => setPanel(panel === 'transfer' ? null : 'transfer')}
          >
            {t('tools.transfer')}
          </button>
        )}
        <button
          type="button"
          className="cc-button"
          data-action="invite"
          aria-expanded={panel === 'invite'}
          aria-controls={ids.invite}
          disabled={busy}
          onClick={() => setPanel(panel === 'invite' ? null : 'invite')}
        >
          {t('tools.invite')}
        </button>
        <button
          type="button"
          className="cc-button"
          data-action="canned"
          aria-expanded={panel === 'canned'}
          aria-controls={ids.canned}
          disabled={state.status !== 'connected'}
          onClick={() => {
            const open = panel !== 'canned';
            setPanel(open ? 'canned' : null);
            if (open) void store.loadCanned(id);
          }}
        >
          {t('tools.canned')}
        </button>
        {handling && (
          <label className="cc-tools__wrap" htmlFor={ids.wrap}>
            {t('tools.wrapUp')}
            <select
              id={ids.wrap}
              value={state.wrapUps[id] ?? WRAP_UP_CODES[0]}
              onChange={(e) => store.setWrapUp(id, e.target.value)}
            >
              {WRAP_UP_CODES.map((code) => (
                <option key={code} value={code}>
                  {t(`tools.wrapUps.${code}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {transferForm}
      {panel === 'invite' && (
        <InviteForm
          id={ids.invite}
          busy={busy}
          onCancel={() => setPanel(null)}
          onInvite={async (to) => {
            await store.invite(id, to);
            setPanel(null);
          }}
        />
      )}
      {panel === 'canned' && (
        <section id={ids.canned} className="cc-tools__panel" aria-label={t('tools.canned')}>
          {!canned ? (
            <p className="cc-muted">{t('app.loading')}</p>
          ) : canned.length === 0 ? (
            <p className="cc-muted">{t('tools.noCanned')}</p>
          ) : (
            <ul className="cc-canned">
              {canned.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="cc-button cc-button--small"
                    data-canned={c.id}
                    onClick={() => {
                      onInsert(c.text);
                      setPanel(null);
                    }}
                  >
                    {c.title}
                  </button>
                  <span className="cc-muted cc-canned__text">{c.text}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

function InviteForm(props: {
  id: string;
  busy: boolean;
  onCancel: () => void;
  onInvite: (to: { agentId: string } | { queue: 'supervisor' }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const agentField = useId();
  const [agentId, setAgentId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (agentId.trim()) void props.onInvite({ agentId: agentId.trim() });
  };
  return (
    <form id={props.id} className="cc-tools__panel" onSubmit={submit} aria-label={t('tools.inviteTitle')}>
      <label htmlFor={agentField}>{t('tools.inviteAgent')}</label>
      <input
        id={agentField}
        value={agentId}
        maxLength={64}
        autoComplete="off"
        onChange={(e) => setAgentId(e.target.value)}
      />
      <div className="cc-tools__row">
        <button
          type="submit"
          className="cc-button cc-button--primary"
          disabled={props.busy || !agentId.trim()}
        >
          {t('tools.inviteSubmit')}
        </button>
        <button
          type="button"
          className="cc-button"
          data-action="escalate"
          disabled={props.busy}
          onClick={() => void props.onInvite({ queue: 'supervisor' })}
        >
          {t('tools.escalate')}
        </button>
        <button type="button" className="cc-button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function TransferForm(props: {
  id: string;
  current: string;
  busy: boolean;
  onCancel: () => void;
  onTransfer: (to: { queue?: string; agentId?: string; note?: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const ids = { queue: useId(), note: useId(), agent: useId() };
  const [queue, setQueue] = useState<string>(
    TRANSFER_QUEUES.find((q) => q !== props.current) ?? TRANSFER_QUEUES[0],
  );
  const [agentId, setAgentId] = useState('');
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ZQueueName.safeParse(queue).success) return;
    void props.onTransfer({
      queue,
      ...(agentId.trim() ? { agentId: agentId.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  };
  return (
    <form id={props.id} className="cc-tools__panel cc-transfer" onSubmit={submit}>
      <label htmlFor={ids.queue}>{t('tools.transferQueue')}</label>
      <select id={ids.queue} value={queue} onChange={(e) => setQueue(e.target.value)}>
        {TRANSFER_QUEUES.map((q) => (
          <option key={q} value={q}>
            {t(`tools.queues.${q}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.agent}>{t('tools.transferAgent')}</label>
      <input id={ids.agent} value={agentId} maxLength={64} onChange={(e) => setAgentId(e.target.value)} />
      <label htmlFor={ids.note}>{t('tools.transferNote')}</label>
      <textarea
        id={ids.note}
        rows={2}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="cc-tools__row">
        <button type="submit" className="cc-button cc-button--primary" disabled={props.busy}>
          {t('tools.transferSubmit')}
        </button>
        <button type="button" className="cc-button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
