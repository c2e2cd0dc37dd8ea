/**
 * docs/grafana-dashboard.json is a dashboard Grafana can import (valid JSON,
 * panels with queries) and every voxring metric its queries name is served
 * by a router's GET /metrics (histograms by their _bucket / _sum / _count).
 */
import { readFile } from 'node:fs/promises';
import t from 'tap';
import { startTestRouter } from '../helpers/router-fixture.js';

interface Panel {
  type: string;
  title: string;
  targets?: { expr: string }[];
}

void t.test('every metric the Grafana dashboard queries is served', async (t) => {
  const text = await readFile(new URL('../../docs/grafana-dashboard.json', import.meta.url), 'utf8');
  const dashboard = JSON.parse(text) as { title: string; panels: Panel[] };
  t.equal(dashboard.title, 'voxring');
  const queried = dashboard.panels.filter((p) => p.type !== 'row');
  t.ok(queried.length >= 10, `${queried.length} panels`);
  const exprs = queried.flatMap((p) => (p.targets ?? []).map((target) => target.expr));
  t.ok(queried.every((p) => (p.targets ?? []).length > 0), 'each panel has a query');
  const named = new Set(exprs.flatMap((expr) => expr.match(/voxring_[a-z0-9_]+/g) ?? []));
  for (const metric of ['voxring_mouth_to_ear_seconds_bucket', 'voxring_live_edge_lag_seconds_bucket', 'voxring_live_edge_join_seconds_bucket']) {
    t.ok(named.has(metric), `the dashboard shows ${metric}`);
  }

  const router = await startTestRouter(t);
  const res = await fetch(`${router.url}/metrics`);
  const served = new Set([...(await res.text()).matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => m[1]!));
  t.ok(served.size >= 20, `${served.size} metrics served`);
  for (const name of named) {
    const base = name.replace(/_(bucket|sum|count)$/, '');
    t.ok(served.has(name) || served.has(base), `${name} is served`);
  }
  t.notOk(served.has('voxring_no_such_metric'), 'the check can fail');
});
