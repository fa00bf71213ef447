import type { PlatformView } from '../../../../shared/contract/platform';
import type { Policy } from '../../../../shared/platform';
import type { Action } from '../../ui/useAction';

/** What each section of the policy page is given: the policy, the platform, the page's action. */
export interface PolicySectionProps {
  policy: Policy;
  view: PlatformView;
  action: Action;
}
