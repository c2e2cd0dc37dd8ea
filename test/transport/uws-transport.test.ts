import t from 'tap';
import { UwsTransport, uwsNativeAvailable } from '../../router/edge/uws-transport.js';
import { transportContract } from './transport-contract.js';

t.ok(uwsNativeAvailable(), 'the native uWS binary loads on this machine');

void t.test('UwsTransport: Transport contract', async (t) => {
  transportContract(t, (options) => new UwsTransport(options));
});
