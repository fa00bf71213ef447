import type { membersChannels } from '../../shared/contract/members';
import { analyseMemberCsv, previewOf } from '../services/memberImport';
import {
  addMember,
  addMembers,
  deactivateMember,
  listMembers,
  reactivateMember,
  updateMember,
} from '../services/members';
import { updateSettled } from '../services/settled';
import { today, type HandlerContext, type HandlersFor } from './types';

export function membersHandlers({ session }: HandlerContext): HandlersFor<typeof membersChannels> {
  return {
    'members.list': () => listMembers(session),
    'members.add': (input) => addMember(session, input),
    'members.update': ({ id, member }) => updateMember(session, id, member),
    'members.deactivate': ({ id, reason }) => deactivateMember(session, id, reason),
    'members.reactivate': ({ id }) => reactivateMember(session, id),
    'members.importPreview': ({ csv, mapping }) =>
      previewOf(analyseMemberCsv(csv, mapping, session.current().data, today(session))),
    'members.importCommit': ({ csv, mapping }) =>
      updateSettled(session, (data) => {
        const analysis = analyseMemberCsv(csv, mapping, data, today(session));
        const { data: next, added } = addMembers(
          data,
          analysis.members.map((m) => m.member),
        );
        return { data: next, result: { added: added.length, problems: analysis.problems } };
      }),
  };
}
