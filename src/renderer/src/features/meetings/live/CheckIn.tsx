import { Attendance } from './Attendance';
import type { LivePanelProps } from './types';

/**
 * Check-in, folded away once the meeting is called to order (late arrivals open it again);
 * open before, when it is the business of the room.
 */
export function CheckIn(props: LivePanelProps) {
  const before = props.state.phase === 'not-started';
  return (
    <details className="card check-in" open={before} key={before ? 'before' : 'after'}>
      <summary>
        <h2 id="attendance-heading">Check-in</h2> ({props.state.present.length} members present
        {props.state.guests > 0 ? `, ${props.state.guests} guests` : ''})
      </summary>
      <Attendance {...props} />
    </details>
  );
}
