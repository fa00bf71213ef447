/**
 * A new laptop asks the chapter laptop for its place in the chapter: connects to the address
 * the person typed, proves it knows the one-time code, and opens the sealed answer.
 */
import { WebSocket } from 'ws';
import { AppError } from '../../shared/errors';
import { PAIR_PATH } from '../../shared/sync/protocol';
import { syncUrl } from './client';
import { codeProof, openReply, type PairingBundle } from './pairing';

const PAIR_TIMEOUT_MS = 15_000;

export function redeemCode(
  address: string,
  code: string,
  publicKey: string,
): Promise<PairingBundle> {
  let url: string;
  try {
    url = syncUrl(address, PAIR_PATH);
  } catch (error) {
    return Promise.reject(new AppError('invalid-input', (error as Error).message));
  }
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { handshakeTimeout: PAIR_TIMEOUT_MS, maxPayload: 64 * 1024 });
    const fail = (message: string) => {
      clearTimeout(timer);
      socket.terminate();
      reject(new AppError('conflict', message));
    };
    const timer = setTimeout(
      () => fail('The chapter laptop did not answer. Is its LAN server on, at that address?'),
      PAIR_TIMEOUT_MS,
    );
    socket.on('unexpected-response', (_request, response) =>
      fail(`That address answered, but not as a chapter laptop (${response.statusCode}).`),
    );
    socket.on('error', (error) =>
      fail(`Could not reach the chapter laptop at ${address}: ${error.message}`),
    );
    socket.on('open', () => socket.send(JSON.stringify({ proof: codeProof(code), publicKey })));
    socket.on('message', (data) => {
      clearTimeout(timer);
      socket.close();
      try {
        resolve(openReply(code, JSON.parse(Buffer.from(data as Buffer).toString('utf8'))));
      } catch (error) {
        reject(
          error instanceof AppError
            ? error
            : new AppError('conflict', 'The answer was not readable.'),
        );
      }
    });
  });
}
