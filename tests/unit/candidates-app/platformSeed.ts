/** Builds a platform through the real platform channels: two Secured Rights and six adopted policies. */
type Envelope = { ok: true; value: unknown } | { ok: false; error: { message: string } };
type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope>;

async function call<T>(dispatch: Dispatch, channel: string, input?: unknown): Promise<T> {
  const r = await dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

async function pass(dispatch: Dispatch, voteId: string, present = 5): Promise<void> {
  await call(dispatch, 'votes.freezePresence', { id: voteId, present });
  await call(dispatch, 'votes.recordCounts', { id: voteId, yes: present, no: 0, abstain: 0 });
  await call(dispatch, 'votes.certify', { id: voteId });
}

export const SIX_POLICIES = [
  { areaId: 'climate', title: 'Solar on public buildings' },
  { areaId: 'education', title: 'Free school meals' },
  { areaId: 'healthcare', title: 'Community clinics' },
  { areaId: 'career-economy', title: 'Living wage' },
  { areaId: 'peace-foreign-policy', title: 'Diplomacy first' },
  { areaId: 'prison-reform', title: 'Parole reform' },
] as const;

export async function seedPlatform(dispatch: Dispatch): Promise<Record<string, string>> {
  for (const [title, text] of [
    ['Equal protection', 'Every person is equal before the law.'],
    ['Free expression', 'Everyone may speak, publish and assemble.'],
  ]) {
    const { voteId } = await call<{ voteId: string }>(dispatch, 'platform.proposeRight', {
      change: 'adopt',
      title,
      text,
      mover: 'Ann Lee',
    });
    await pass(dispatch, voteId);
    await call(dispatch, 'platform.get');
  }
  const view = await call<{ platform: { rights: { id: string }[] } }>(dispatch, 'platform.get');
  const ids: Record<string, string> = {};
  for (const p of SIX_POLICIES) {
    const { id } = await call<{ id: string }>(dispatch, 'platform.createPolicy', {
      areaId: p.areaId,
      title: p.title,
      summary: `${p.title} for everyone`,
      text: `${p.title}.`,
      sponsors: ['Ann Lee'],
    });
    ids[p.title] = id;
    await call(dispatch, 'platform.transition', { policyId: id, to: 'rights-review' });
    for (const r of view.platform.rights) {
      await call(dispatch, 'platform.recordFinding', {
        policyId: id,
        rightId: r.id,
        finding: 'no-conflict',
        note: '',
        by: 'Ann Lee',
      });
    }
    await call(dispatch, 'platform.transition', { policyId: id, to: 'ready' });
    const { voteId } = await call<{ voteId: string }>(dispatch, 'platform.putToVote', {
      subject: { type: 'policy-adoption', policyId: id },
      threshold: 'two-thirds-cast',
      mover: 'Ann Lee',
    });
    await pass(dispatch, voteId);
    await call(dispatch, 'platform.get');
  }
  return ids;
}
