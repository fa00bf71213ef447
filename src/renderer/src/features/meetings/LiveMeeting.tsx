import type { MeetingView } from '../../../../shared/contract/meetings';
import { meetingState, nextItemId } from '../../../../shared/meetings';
import { api } from '../../api';
import { navigate } from '../../router';
import { BackLink } from '../../ui/BackLink';
import { ActionNotice, Notice } from '../../ui/Notice';
import { ActionItems } from './live/ActionItems';
import { AgendaProgress } from './live/AgendaProgress';
import { CallToOrder } from './live/CallToOrder';
import { ChairKeysHelp } from './live/ChairKeysHelp';
import { CheckIn } from './live/CheckIn';
import { CurrentItem } from './live/CurrentItem';
import { Motions } from './live/Motions';
import { Notes } from './live/Notes';
import { Points } from './live/Points';
import { SpeakersQueue } from './live/SpeakersQueue';
import { UndoLast } from './live/UndoLast';
import type { Send } from './live/types';
import { useChairKeys } from './live/useChairKeys';
import { useNextItemKey } from './live/useNextItemKey';
import { useMeeting, useNow } from './useMeeting';

/** The state of the meeting now (never before its last event, whatever the clock says). */
function stateAt(view: MeetingView, now: number) {
  const last = Date.parse(view.log.at(-1)?.at ?? '1970-01-01T00:00:00Z');
  return meetingState(view.log, {
    quorum: view.quorum,
    now: new Date(Math.max(now, last)).toISOString(),
  });
}

/**
 * The chair's console: the current item with its clock, the speakers' queue and the motions side
 * by side on one screen; check-in folds away once the meeting is called to order.
 */
export function LiveMeeting({ id }: { id: string }) {
  const { view, loadError, action } = useMeeting(id);
  const now = useNow();
  const send: Send = (event) => action.run(() => api.meetings.event({ id, event }));
  const state = view ? stateAt(view, now) : null;
  const next = view && state ? nextItemId(view.meeting.agenda, state) : null;
  const goNext = useNextItemKey(state, next, send);
  useChairKeys();

  if (!view || !state)
    return loadError ? <Notice kind="error">{loadError}</Notice> : <p aria-busy="true">Loading…</p>;
  const q = state.quorum;
  const panel = { view, state, action, send };
  return (
    <section aria-labelledby="live-heading" className="live">
      <BackLink href={`#/meetings/${id}`}>Agenda</BackLink>
      <div className="page-head">
        <h1 id="live-heading">{view.meeting.title} — live</h1>
        <div className="actions wrap">
          <UndoLast view={view} state={state} action={action} />
          <button
            type="button"
            onClick={() => void action.run(() => api.meetings.openProjector({ id }))}
          >
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
      <ActionNotice action={{ error: action.error ?? loadError, success: action.success }} />
      {state.phase === 'adjourned' && (
        <Notice kind="info">
          The meeting is adjourned. Notes and action items can still be added.
        </Notice>
      )}
      <ChairKeysHelp />
      <div className="console">
        <div className="console-now">
          {state.phase === 'not-started' ? (
            <CallToOrder {...panel} />
          ) : (
            <CurrentItem {...panel} now={now} next={next} goNext={goNext} />
          )}
          <AgendaProgress {...panel} />
        </div>
        {state.phase !== 'not-started' && (
          <>
            <div className="console-queue">
              <SpeakersQueue {...panel} now={now} />
              <Points {...panel} />
            </div>
            <div className="console-motion">
              <Motions {...panel} />
            </div>
          </>
        )}
      </div>
      <CheckIn {...panel} />
      {state.phase !== 'not-started' && (
        <div className="console-after">
          <Notes {...panel} />
          <ActionItems {...panel} />
        </div>
      )}
    </section>
  );
}
