import { useEffect, useRef, useState } from 'react';
import type { LiveEventInput, MeetingView } from '../../../../shared/contract/meetings';
import {
  DEFAULT_SPEAKER_MINUTES,
  formatDuration,
  itemTimer,
  meetingState,
  nextItemId,
  speakerTimer,
  type MeetingState,
  type MotionSubject,
} from '../../../../shared/meetings';
import {
  amendmentDiff,
  canPutToAdoptionVote,
  currentRights,
  POLICY_STATUS_LABELS,
} from '../../../../shared/platform';
import { THRESHOLD_LABELS, THRESHOLDS, type Threshold } from '../../../../shared/schema/chapter';
import {
  MOTION_METHOD_LABELS,
  MOTION_METHODS,
  type MotionMethod,
} from '../../../../shared/votes/definition';
import { api, messageOf } from '../../api';
import { navigate } from '../../router';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { Diff } from '../../ui/Diff';
import { KIND_LABELS } from '../../../../shared/meetings/labels';
import { useMeeting, useNow } from './useMeeting';
import { formText } from './formText';

type Send = (event: LiveEventInput) => Promise<boolean>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return (
    target.isContentEditable ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' &&
      !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type))
  );
}

export function LiveMeeting({ id }: { id: string }) {
  const { view, error, act } = useMeeting(id);
  const now = useNow();
  const send: Send = (event) => act(() => api.meetings.event({ id, event }));
  const state = view
    ? meetingState(view.log, {
        quorum: view.quorum,
        now: new Date(
          Math.max(now, Date.parse(view.log.at(-1)?.at ?? '1970-01-01T00:00:00Z')),
        ).toISOString(),
      })
    : null;
  const next = view && state ? nextItemId(view.meeting.agenda, state) : null;

  const goNext = useRef<() => void>(() => undefined);
  const moving = useRef(false);
  const phase = state?.phase;
  const currentItemId = state?.currentItemId ?? null;
  useEffect(() => {
    goNext.current = () => {
      // One keystroke, one step: ignore repeats until the last step is saved.
      if (phase !== 'in-session' || moving.current) return;
      const event: LiveEventInput | null = next
        ? { type: 'item-started', itemId: next }
        : currentItemId
          ? { type: 'item-ended', itemId: currentItemId }
          : null;
      if (!event) return;
      moving.current = true;
      void send(event).finally(() => {
        moving.current = false;
      });
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey) return;
      const plainN = (e.key === 'n' || e.key === 'N') && !e.ctrlKey;
      const ctrlRight = e.key === 'ArrowRight' && e.ctrlKey;
      if (plainN || ctrlRight) {
        e.preventDefault();
        goNext.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!view || !state)
    return error ? <Notice kind="error">{error}</Notice> : <p aria-busy="true">Loading…</p>;
  const m = view.meeting;
  const current = m.agenda.find((a) => a.id === state.currentItemId) ?? null;
  const nextTitle = m.agenda.find((a) => a.id === next)?.title;
  const q = state.quorum;

  return (
    <section aria-labelledby="live-heading" className="live">
      <p>
        <a href={`#/meetings/${id}`}>← Agenda</a>
      </p>
      <div className="page-head">
        <h1 id="live-heading">{m.title} — live</h1>
        <div className="actions wrap">
          <button type="button" onClick={() => void act(() => api.meetings.openProjector({ id }))}>
            Open projector window
          </button>
          {state.phase !== 'not-started' && (
            <button type="button" onClick={() => navigate(`/meetings/${id}/minutes`)}>
              Minutes
            </button>
          )}
        </div>
      </div>
      <p className={q.met ? 'quorum ok' : 'quorum no'} aria-live="polite" role="status">
        Quorum: {q.present} members present, {q.required} needed ·{' '}
        <strong>{q.met ? 'quorum met' : 'no quorum'}</strong>
        {state.guests > 0 ? ` · ${state.guests} guest${state.guests === 1 ? '' : 's'}` : ''}
      </p>
      <Notice kind="error">{error}</Notice>
      {state.phase === 'adjourned' && (
        <Notice kind="info">
          The meeting is adjourned. Notes and action items can still be added.
        </Notice>
      )}
      <div className="live-grid">
        <div>
          <Attendance view={view} state={state} send={send} />
          <AgendaProgress view={view} state={state} send={send} />
        </div>
        <div>
          {state.phase === 'not-started' ? (
            <CallToOrder send={send} />
          ) : (
            <>
              <section className="card current-item" aria-labelledby="current-heading">
                <div className="page-head">
                  <h2 id="current-heading">{current ? current.title : 'Between items'}</h2>
                  {state.phase === 'in-session' && (
                    <div className="actions">
                      <button
                        type="button"
                        className="primary"
                        onClick={() => goNext.current()}
                        aria-keyshortcuts="N Control+ArrowRight"
                      >
                        {next ? `Next item: ${nextTitle ?? ''}` : 'End this item'} <kbd>N</kbd>
                      </button>
                      <button
                        type="button"
                        onClick={() => void send({ type: 'meeting-adjourned' })}
                      >
                        Adjourn the meeting
                      </button>
                    </div>
                  )}
                </div>
                {current && <ItemClock view={view} state={state} now={now} />}
                <p className="muted">
                  Press <kbd>N</kbd> (or <kbd>Ctrl</kbd>+<kbd>→</kbd>) outside a text field to move
                  to the next item.
                </p>
                {current?.link?.type === 'policy' && (
                  <LinkedPolicy policyId={current.link.policyId} version={view.log.length} />
                )}
                {current?.link?.type === 'candidate' && (
                  <p>
                    Linked candidate:{' '}
                    <a href={`#/candidates/${current.link.candidateId}`}>open the candidate</a>
                  </p>
                )}
                {current?.link?.type === 'vote' && (
                  <p>
                    Linked vote: <a href={`#/votes/${current.link.voteId}`}>open the vote</a>
                  </p>
                )}
              </section>
              <SpeakersQueue view={view} state={state} send={send} now={now} />
              <Points view={view} state={state} send={send} act={act} />
              <Motions view={view} state={state} />
              <Notes state={state} send={send} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function CallToOrder({ send }: { send: Send }) {
  return (
    <form
      className="card form"
      aria-label="Call to order"
      onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const chair = formText(f, 'chair').trim();
        const secretary = formText(f, 'secretary').trim();
        void send({
          type: 'meeting-started',
          ...(chair ? { chair } : {}),
          ...(secretary ? { secretary } : {}),
        });
      }}
    >
      <h2>Call to order</h2>
      <p className="muted">Check members in as they arrive; then call the meeting to order.</p>
      <div className="form inline">
        <label>
          Chair
          <input name="chair" />
        </label>
        <label>
          Secretary
          <input name="secretary" />
        </label>
      </div>
      <button type="submit" className="primary">
        Call the meeting to order
      </button>
    </form>
  );
}

function Attendance({ view, state, send }: { view: MeetingView; state: MeetingState; send: Send }) {
  const present = new Set(state.present.map((p) => p.memberId));
  const [guests, setGuests] = useState(String(state.guests));
  const closed = state.phase === 'adjourned';
  return (
    <section className="card" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">Check-in</h2>
      <fieldset disabled={closed}>
        <legend>Members present ({present.size})</legend>
        <div className="member-grid">
          {view.members.map((member) => (
            <label key={member.id} className="check">
              <input
                type="checkbox"
                checked={present.has(member.id)}
                onChange={() =>
                  void send({
                    type: present.has(member.id) ? 'member-checked-out' : 'member-checked-in',
                    memberId: member.id,
                  })
                }
              />
              {member.name}
            </label>
          ))}
        </div>
      </fieldset>
      <form
        className="form inline"
        onSubmit={(e) => {
          e.preventDefault();
          void send({ type: 'guests-set', count: Math.max(0, Math.trunc(Number(guests) || 0)) });
        }}
      >
        <label>
          Guests
          <input
            type="number"
            min={0}
            value={guests}
            onChange={(e) => setGuests(e.target.value)}
            disabled={closed}
          />
        </label>
        <button type="submit" disabled={closed}>
          Set guests
        </button>
      </form>
    </section>
  );
}

function AgendaProgress({
  view,
  state,
  send,
}: {
  view: MeetingView;
  state: MeetingState;
  send: Send;
}) {
  const taken = new Map(state.items.map((i) => [i.itemId, i]));
  return (
    <section className="card" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Agenda</h2>
      <ol className="agenda-progress">
        {view.meeting.agenda.map((item) => {
          const p = taken.get(item.id);
          const running = state.currentItemId === item.id;
          return (
            <li
              key={item.id}
              aria-current={running ? 'step' : undefined}
              className={p && !running ? 'done' : undefined}
            >
              {item.title}{' '}
              <span className="muted">
                ({item.timeBoxMinutes} min{p ? `, ${Math.round(p.elapsedMs / 60000)} used` : ''})
              </span>{' '}
              {state.phase === 'in-session' && !running && (
                <button
                  type="button"
                  onClick={() => void send({ type: 'item-started', itemId: item.id })}
                  aria-label={`Take up ${item.title}`}
                >
                  Take up
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ItemClock({ view, state, now }: { view: MeetingView; state: MeetingState; now: number }) {
  const item = view.meeting.agenda.find((a) => a.id === state.currentItemId);
  const progress = state.items.find((i) => i.itemId === state.currentItemId);
  if (!item || !progress) return null;
  const at = new Date(Math.max(now, Date.parse(progress.spans.at(-1)?.start ?? '0'))).toISOString();
  const t = itemTimer(progress.spans, item.timeBoxMinutes, at);
  return (
    <div>
      <p className="muted">
        {KIND_LABELS[item.kind]} · time box {item.timeBoxMinutes} min
      </p>
      <p className={t.overrun ? 'timer overrun' : 'timer'} aria-label="Time left on this item">
        {t.overrun ? `−${formatDuration(t.overrunMs)}` : formatDuration(t.remainingMs)}
      </p>
      {t.overrun && (
        <p className="overrun-warning" role="alert">
          Over time by {formatDuration(t.overrunMs)} — extend, table or move on.
        </p>
      )}
    </div>
  );
}

function LinkedPolicy({ policyId, version }: { policyId: string; version: number }) {
  const { value, reload } = useAsync(() => api.platform.get());
  useEffect(() => reload(), [version, reload]);
  const policy = value?.platform.policies.find((p) => p.id === policyId);
  if (!value || !policy) return null;
  const can = canPutToAdoptionVote(policy, value.platform.rights);
  const amendments = value.platform.amendments.filter(
    (a) => a.policyId === policyId && a.status === 'proposed',
  );
  return (
    <div>
      <h3>
        Policy: <a href={`#/platform/policy/${policy.id}`}>{policy.title}</a>{' '}
        <span className="badge">{POLICY_STATUS_LABELS[policy.status]}</span>
      </h3>
      {policy.summary && <p>{policy.summary}</p>}
      {!can.allowed && policy.status !== 'adopted' && <p className="muted">{can.reason}</p>}
      {amendments.map((a) => (
        <div key={a.id}>
          <p>
            <strong>Amendment proposed by {a.proposedBy}</strong>
            {a.rationale ? ` — ${a.rationale}` : ''}
          </p>
          <Diff segments={amendmentDiff(a)} label={`Amendment by ${a.proposedBy}`} />
        </div>
      ))}
    </div>
  );
}

function speakerIdFor(name: string): string {
  return `guest:${name.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 50)}`;
}

function SpeakersQueue({
  view,
  state,
  send,
  now,
}: {
  view: MeetingView;
  state: MeetingState;
  send: Send;
  now: number;
}) {
  const [who, setWho] = useState('');
  const [guest, setGuest] = useState('');
  const [limit, setLimit] = useState(String(DEFAULT_SPEAKER_MINUTES));
  const q = state.speakers;
  const name = (speakerId: string, n: string | null) =>
    n ?? view.names[speakerId] ?? state.names[speakerId] ?? speakerId.replace(/^guest:/, '');
  const open = state.phase === 'in-session';
  const speaking = q.current;
  const timer = speaking
    ? speakerTimer(
        speaking.startedAt,
        new Date(Math.max(now, Date.parse(speaking.startedAt))).toISOString(),
        Number(limit) || DEFAULT_SPEAKER_MINUTES,
      )
    : null;
  const first = q.queue[0];
  return (
    <section className="card" aria-labelledby="queue-heading">
      <h2 id="queue-heading">Speakers’ queue</h2>
      <p className="muted">
        Progressive stack: people who have not yet spoken on this item go ahead of those who have;
        points of order and information jump the queue. The chair can move anyone to the front.
      </p>
      {speaking && timer && (
        <div aria-live="polite">
          <p>
            Speaking now: <strong>{name(speaking.speakerId, speaking.name)}</strong>
          </p>
          <p className={timer.overrun ? 'timer overrun' : 'timer'} aria-label="Speaker time left">
            {timer.overrun
              ? `−${formatDuration(timer.overrunMs)}`
              : formatDuration(timer.remainingMs)}
          </p>
          <button
            type="button"
            onClick={() => void send({ type: 'speaker-finished', entryId: speaking.entryId })}
          >
            Finish speaker
          </button>
        </div>
      )}
      <ol className="queue" aria-label="Queue">
        {q.queue.map((entry, i) => (
          <li key={entry.entryId}>
            <span className="who">
              {i + 1}. {name(entry.speakerId, entry.name)}
            </span>
            {entry.kind !== 'speak' ? (
              <span className="tag point">
                {entry.kind === 'information' ? 'Point of information' : 'Point of order'}
              </span>
            ) : entry.hasSpoken ? (
              <span className="tag spoken">has spoken</span>
            ) : (
              <span className="tag first">first time</span>
            )}
            {entry.movedByChair && <span className="tag">moved by chair</span>}
            {open && (
              <>
                {i > 0 && (
                  <button
                    type="button"
                    onClick={() =>
                      void send({ type: 'speaker-moved', entryId: entry.entryId, toIndex: 0 })
                    }
                    aria-label={`Move ${name(entry.speakerId, entry.name)} to the front`}
                  >
                    To front
                  </button>
                )}
                <button
                  type="button"
                  onClick={() => void send({ type: 'speaker-removed', entryId: entry.entryId })}
                  aria-label={`Remove ${name(entry.speakerId, entry.name)} from the queue`}
                >
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
        {q.queue.length === 0 && <li className="muted">Nobody is waiting to speak.</li>}
      </ol>
      {open && (
        <div className="actions wrap">
          <button
            type="button"
            className="primary"
            disabled={!first}
            onClick={() => first && void send({ type: 'speaker-started', entryId: first.entryId })}
          >
            {first ? `Call ${name(first.speakerId, first.name)} to speak` : 'Call next speaker'}
          </button>
          <label className="inline-label">
            Speaker time (minutes)
            <input
              type="number"
              min={0.5}
              max={30}
              step={0.5}
              value={limit}
              onChange={(e) => setLimit(e.target.value)}
              style={{ width: '5rem' }}
            />
          </label>
        </div>
      )}
      {open && (
        <form
          className="form inline"
          aria-label="Add a speaker"
          onSubmit={(e) => {
            e.preventDefault();
            const member = view.members.find((x) => x.id === who);
            if (member)
              void send({ type: 'speaker-added', speakerId: member.id, name: member.name });
            else if (guest.trim())
              void send({
                type: 'speaker-added',
                speakerId: speakerIdFor(guest),
                name: guest.trim(),
              });
            setWho('');
            setGuest('');
          }}
        >
          <label>
            Member
            <select aria-label="Member" value={who} onChange={(e) => setWho(e.target.value)}>
              <option value="">(choose)</option>
              {view.members
                .filter((x) => state.present.some((p) => p.memberId === x.id))
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            or guest name
            <input value={guest} onChange={(e) => setGuest(e.target.value)} />
          </label>
          <button type="submit">Add to queue</button>
        </form>
      )}
    </section>
  );
}

function Points({
  view,
  state,
  send,
  act,
}: {
  view: MeetingView;
  state: MeetingState;
  send: Send;
  act: (fn: () => Promise<unknown>) => Promise<boolean>;
}) {
  const { value: platform } = useAsync(() => api.platform.get());
  const rights = platform ? currentRights(platform.platform.rights) : [];
  const [kind, setKind] = useState<'order' | 'information' | 'secured-right'>('order');
  const [rightId, setRightId] = useState('');
  const [by, setBy] = useState('');
  const [text, setText] = useState('');
  const [appealBy, setAppealBy] = useState('');
  const open = state.phase === 'in-session';
  const current = view.meeting.agenda.find((a) => a.id === state.currentItemId);
  const policyId = current?.link?.type === 'policy' ? current.link.policyId : undefined;
  const presentNames = view.members
    .filter((x) => state.present.some((p) => p.memberId === x.id))
    .map((x) => x.name);
  return (
    <section className="card" aria-labelledby="points-heading">
      <h2 id="points-heading">Points of order</h2>
      <datalist id="present-names">
        {presentNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {open && (
        <form
          className="form"
          aria-label="Raise a point"
          onSubmit={(e) => {
            e.preventDefault();
            void send({
              type: 'point-raised',
              kind,
              by,
              text,
              ...(kind === 'secured-right' && rightId ? { rightId } : {}),
              ...(policyId ? { policyId } : {}),
            }).then((ok) => {
              if (ok) {
                setText('');
                setBy('');
              }
            });
          }}
        >
          <div className="form inline">
            <label>
              Point
              <select
                aria-label="Kind of point"
                value={kind}
                onChange={(e) => setKind(e.target.value as typeof kind)}
              >
                <option value="order">Point of order</option>
                <option value="secured-right">Point of order: violates a Secured Right</option>
                <option value="information">Point of information</option>
              </select>
            </label>
            {kind === 'secured-right' && (
              <label>
                Secured Right
                <select
                  aria-label="Secured Right"
                  value={rightId}
                  onChange={(e) => setRightId(e.target.value)}
                  required
                >
                  <option value="">(choose)</option>
                  {rights.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.number}. {r.title}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              Raised by
              <input
                value={by}
                onChange={(e) => setBy(e.target.value)}
                list="present-names"
                required
              />
            </label>
          </div>
          <label>
            The point
            <input value={text} onChange={(e) => setText(e.target.value)} />
          </label>
          <button type="submit">Raise the point</button>
        </form>
      )}
      <ul>
        {state.points.map((p) => (
          <li key={p.id}>
            <strong>
              {p.kind === 'information'
                ? 'Point of information'
                : p.kind === 'secured-right'
                  ? `Point of order: violates ${rightLabel(rights, p.rightId)}`
                  : 'Point of order'}
            </strong>{' '}
            by {p.raisedBy}
            {p.text ? ` — ${p.text}` : ''}. <span className="muted">{p.summary}</span>
            {open && p.kind !== 'information' && !p.ruling && (
              <span className="actions">
                <button
                  type="button"
                  onClick={() =>
                    void send({ type: 'point-ruled', pointId: p.id, ruling: 'well-taken' })
                  }
                >
                  Rule: well taken
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void send({ type: 'point-ruled', pointId: p.id, ruling: 'not-well-taken' })
                  }
                >
                  Rule: not well taken
                </button>
              </span>
            )}
            {open && p.ruling && !p.appeal && (
              <form
                className="form inline"
                aria-label="Appeal the ruling"
                onSubmit={(e) => {
                  e.preventDefault();
                  void act(async () => {
                    const { voteId } = await api.meetings.appeal({
                      id: view.meeting.id,
                      pointId: p.id,
                      by: appealBy,
                    });
                    navigate(`/votes/${voteId}`);
                  });
                }}
              >
                <label>
                  Appealed by
                  <input
                    value={appealBy}
                    onChange={(e) => setAppealBy(e.target.value)}
                    list="present-names"
                    required
                  />
                </label>
                <button type="submit">Appeal the ruling (majority vote)</button>
              </form>
            )}
          </li>
        ))}
        {state.points.length === 0 && <li className="muted">No points raised.</li>}
      </ul>
    </section>
  );
}

function rightLabel(
  rights: { id: string; number: number; title: string }[],
  id: string | null,
): string {
  const r = rights.find((x) => x.id === id);
  return r ? `Secured Right ${r.number} (${r.title})` : 'a Secured Right';
}

function Motions({ view, state }: { view: MeetingView; state: MeetingState }) {
  const { value: platform } = useAsync(() => api.platform.get());
  const current = view.meeting.agenda.find((a) => a.id === state.currentItemId);
  const policy =
    current?.link?.type === 'policy'
      ? platform?.platform.policies.find(
          (p) => current.link?.type === 'policy' && p.id === current.link.policyId,
        )
      : undefined;
  const amendments = policy
    ? (platform?.platform.amendments ?? []).filter(
        (a) => a.policyId === policy.id && a.status === 'proposed',
      )
    : [];
  type Choice = {
    value: string;
    label: string;
    subject: MotionSubject | undefined;
    text: string;
    threshold: Threshold;
  };
  const choices: Choice[] = [
    {
      value: 'other',
      label: 'A motion from the floor',
      subject: undefined,
      text: '',
      threshold: 'majority-cast',
    },
    ...(policy && policy.status === 'ready'
      ? [
          {
            value: 'adopt',
            label: `Adopt the policy “${policy.title}”`,
            subject: { type: 'policy-adoption' as const, policyId: policy.id },
            text: `That the chapter adopts the policy “${policy.title}”.`,
            threshold: 'two-thirds-cast' as const,
          },
        ]
      : []),
    ...(policy && (policy.status === 'ready' || policy.status === 'tabled')
      ? [
          {
            value: 'table',
            label:
              policy.status === 'ready'
                ? `Lay “${policy.title}” on the table`
                : `Take “${policy.title}” from the table`,
            subject: {
              type: 'policy-status' as const,
              policyId: policy.id,
              to: policy.status === 'ready' ? 'tabled' : 'ready',
            },
            text:
              policy.status === 'ready'
                ? `That the policy “${policy.title}” be laid on the table.`
                : `That the policy “${policy.title}” be taken from the table.`,
            threshold: 'majority-cast' as const,
          },
        ]
      : []),
    ...amendments.map((a) => ({
      value: `amend:${a.id}`,
      label: `Amendment by ${a.proposedBy} to “${policy?.title ?? ''}”`,
      subject: { type: 'amendment' as const, policyId: a.policyId, amendmentId: a.id },
      text: `That the amendment proposed by ${a.proposedBy} be adopted.`,
      threshold: 'majority-cast' as const,
    })),
    ...view.pendingMinutes.map((pm) => ({
      value: `minutes:${pm.id}`,
      label: `Approve the minutes of ${pm.title} (${pm.date})`,
      subject: { type: 'minutes-approval' as const, meetingId: pm.id },
      text: `That the minutes of ${pm.title} (${pm.date}) be approved as drafted.`,
      threshold: 'majority-cast' as const,
    })),
  ];
  const [choice, setChoice] = useState('other');
  const [text, setText] = useState('');
  const [threshold, setThreshold] = useState<Threshold>('majority-cast');
  const [method, setMethod] = useState<MotionMethod>('show-of-hands');
  const [mover, setMover] = useState('');
  const [seconder, setSeconder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = state.phase === 'in-session';
  const linked = new Map(view.votes.map((v) => [v.eventId, v]));
  return (
    <section className="card" aria-labelledby="motions-heading">
      <h2 id="motions-heading">Motions and votes</h2>
      {open && (
        <form
          className="form"
          aria-label="Make a motion"
          onSubmit={async (e) => {
            e.preventDefault();
            const c = choices.find((x) => x.value === choice);
            try {
              const { voteId } = await api.meetings.motion({
                meetingId: view.meeting.id,
                ...(state.currentItemId ? { itemId: state.currentItemId } : {}),
                text: text || c?.text || '',
                mover,
                ...(seconder ? { seconder } : {}),
                threshold,
                method,
                ...(c?.subject ? { subject: c.subject } : {}),
              });
              navigate(`/votes/${voteId}`);
            } catch (err) {
              setError(messageOf(err));
            }
          }}
        >
          <Notice kind="error">{error}</Notice>
          <label>
            Motion
            <select
              aria-label="Motion"
              value={choice}
              onChange={(e) => {
                const c = choices.find((x) => x.value === e.target.value);
                setChoice(e.target.value);
                if (c) {
                  setThreshold(c.threshold);
                  setText(c.text);
                }
              }}
            >
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Motion text
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} required />
          </label>
          <div className="form inline">
            <label>
              Moved by
              <input
                value={mover}
                onChange={(e) => setMover(e.target.value)}
                list="present-names"
                required
              />
            </label>
            <label>
              Seconded by
              <input
                value={seconder}
                onChange={(e) => setSeconder(e.target.value)}
                list="present-names"
              />
            </label>
          </div>
          <div className="form inline">
            <label>
              Threshold
              <select
                aria-label="Threshold"
                value={threshold}
                onChange={(e) => setThreshold(e.target.value as Threshold)}
              >
                {THRESHOLDS.map((t) => (
                  <option key={t} value={t}>
                    {THRESHOLD_LABELS[t]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              How the room votes
              <select
                aria-label="How the room votes"
                value={method}
                onChange={(e) => setMethod(e.target.value as MotionMethod)}
              >
                {MOTION_METHODS.map((x) => (
                  <option key={x} value={x}>
                    {MOTION_METHOD_LABELS[x]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button type="submit" className="primary">
            Open the vote
          </button>
        </form>
      )}
      <ul aria-label="Motions made">
        {state.motions.map((mo) => {
          const v = linked.get(mo.id);
          return (
            <li key={mo.id}>
              <strong>{mo.text}</strong> — moved by {mo.mover}
              {mo.seconder ? `, seconded by ${mo.seconder}` : ''}.{' '}
              {mo.result ? (
                <span>{mo.result.sentence}</span>
              ) : v ? (
                <a href={`#/votes/${v.voteId}`}>Count the vote</a>
              ) : (
                'No vote.'
              )}
            </li>
          );
        })}
        {state.motions.length === 0 && <li className="muted">No motions yet.</li>}
      </ul>
    </section>
  );
}

function Notes({ state, send }: { state: MeetingState; send: Send }) {
  const [text, setText] = useState('');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const itemNotes = state.notes.filter((n) => n.itemId === state.currentItemId);
  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes</h2>
      <ul>
        {itemNotes.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
      <form
        className="form"
        aria-label="Add a note"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          void send({
            type: 'note-added',
            text,
            ...(state.currentItemId ? { itemId: state.currentItemId } : {}),
          }).then((ok) => ok && setText(''));
        }}
      >
        <label>
          Note for this item
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} />
        </label>
        <button type="submit">Add note</button>
      </form>
      <form
        className="form inline"
        aria-label="Add an action item"
        onSubmit={(e) => {
          e.preventDefault();
          void send({
            type: 'action-item-added',
            what,
            who,
            ...(state.currentItemId ? { itemId: state.currentItemId } : {}),
          }).then((ok) => {
            if (ok) {
              setWhat('');
              setWho('');
            }
          });
        }}
      >
        <label>
          Action item
          <input value={what} onChange={(e) => setWhat(e.target.value)} required />
        </label>
        <label>
          Who
          <input value={who} onChange={(e) => setWho(e.target.value)} required />
        </label>
        <button type="submit">Add action</button>
      </form>
    </section>
  );
}
