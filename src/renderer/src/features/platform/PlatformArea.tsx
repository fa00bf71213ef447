import { useRoute } from '../../router';
import { PlatformOverview } from './PlatformOverview';
import { PolicyPage } from './PolicyPage';
import './platform.css';

/** Routes: /platform, /platform/policy/<id>. */
export function PlatformArea() {
  const { path } = useRoute();
  const [, , kind, id] = path.split('/');
  if (kind === 'policy' && id) return <PolicyPage key={id} id={id} />;
  return <PlatformOverview />;
}
