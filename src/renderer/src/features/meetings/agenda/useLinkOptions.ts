import type { AgendaLink } from '../../../../../shared/meetings';
import { api } from '../../../api';
import { useAsync } from '../../../ui/useAsync';

export type LinkOption = { value: string; label: string; link: AgendaLink };

/** How a link is named in the agenda's select ('' for none). */
export function linkValue(link: AgendaLink | null): string {
  if (!link) return '';
  if (link.type === 'policy') return `policy:${link.policyId}`;
  if (link.type === 'vote') return `vote:${link.voteId}`;
  return `candidate:${link.candidateId}`;
}

/** What an agenda item can link to: the platform's policies, the candidates and the votes. */
export function useLinkOptions(): LinkOption[] {
  const { value: platform } = useAsync(() => api.platform.get());
  const { value: votes } = useAsync(() => api.votes.list());
  const { value: candidates } = useAsync(() => api.candidates.list());
  return [
    ...(platform?.platform.policies ?? []).map((p) => ({
      value: `policy:${p.id}`,
      label: `Policy: ${p.title}`,
      link: { type: 'policy' as const, policyId: p.id },
    })),
    ...(candidates?.candidates ?? []).map(({ candidate: c }) => ({
      value: `candidate:${c.id}`,
      label: `Candidate: ${c.name} (${c.office})`,
      link: { type: 'candidate' as const, candidateId: c.id },
    })),
    ...(votes ?? []).map((v) => ({
      value: `vote:${v.id}`,
      label: `Vote: ${v.title}`,
      link: { type: 'vote' as const, voteId: v.id },
    })),
  ];
}
