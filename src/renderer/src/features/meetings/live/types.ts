import type { LiveEventInput, MeetingView } from '../../../../../shared/contract/meetings';
import type { MeetingState } from '../../../../../shared/meetings';
import type { Action } from '../../../ui/useAction';

/** Appends an event to the meeting's log; resolves false if it was refused (the page says why). */
export type Send = (event: LiveEventInput) => Promise<boolean>;

/** What every panel of the live meeting gets: the view, its state now, and the meeting's runner. */
export interface LivePanelProps {
  view: MeetingView;
  state: MeetingState;
  action: Action;
  send: Send;
}
