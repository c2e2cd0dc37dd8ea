/** `voxring talk` and `voxring listen` over a SIGTERM of their router mid-talk and its restart (support/talk-over-restart.ts). */
import t from 'tap';
import { talkOverRestart } from './support/talk-over-restart.js';

void t.test('talk and listen ride over a SIGTERM of the router and its restart', (t) => talkOverRestart(t, 'SIGTERM'));
