import { describe, expect, it } from 'vitest';
import {
  codeProof,
  normaliseCode,
  openReply,
  PairingCodes,
  sealBundle,
  type PairingBundle,
} from '../../../src/main/sync/pairing';
import { manualClock } from '../foundation/helpers';

const bundle: PairingBundle = {
  chapterId: 'c',
  chapterName: 'Franklin County',
  deviceId: 'd',
  role: 'volunteer',
  token: 'chs1.c.d.mac',
  transportKey: 'a2V5',
  chapterPublicKey: 'cHVi',
  serverUrl: null,
};

describe('pairing codes', () => {
  it('redeem once, and not after ten minutes', () => {
    const time = manualClock();
    const codes = new PairingCodes(time.clock);
    const first = codes.create('Ana', 'volunteer');
    expect(codes.redeem(codeProof(first.code.toLowerCase().replace(/-/g, ' '))).deviceName).toBe(
      'Ana',
    );
    expect(() => codes.redeem(codeProof(first.code))).toThrow(/used, expired/);
    const second = codes.create('Ben', 'officer');
    time.advance(10 * 60_000);
    expect(() => codes.redeem(codeProof(second.code))).toThrow(/used, expired/);
  });

  it('seal the answer so only the code opens it', () => {
    const sealed = sealBundle('ABCD-EFGH-JKMN', bundle);
    expect(JSON.stringify(sealed)).not.toContain('Franklin');
    expect(openReply('abcd efgh jkmn', sealed)).toEqual(bundle);
    expect(() => openReply('ABCD-EFGH-JKMP', sealed)).toThrow(/could not be opened/);
    expect(() => openReply('ABCD-EFGH-JKMN', { ok: false, message: 'Nope.' })).toThrow('Nope.');
    expect(normaliseCode(' abcd-efgh jkmn ')).toBe('ABCD-EFGH-JKMN');
  });
});
