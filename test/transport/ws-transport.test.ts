import t from 'tap';
import { WsTransport } from '../../router/edge/ws-transport.js';
import { transportContract } from './transport-contract.js';

void t.test('WsTransport: Transport contract', async (t) => {
  transportContract(t, (options) => new WsTransport(options));
});
