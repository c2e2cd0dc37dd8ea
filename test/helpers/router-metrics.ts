import { parsePromText, promValue, type PromSample } from '../../bench/prom-text.js';

/** The router's GET /metrics, parsed. */
export async function scrapeMetrics(baseUrl: string): Promise<PromSample[]> {
  return parsePromText(await (await fetch(`${baseUrl}/metrics`)).text());
}

/** A metric's value in the router's GET /metrics, summed over its label sets (0 when absent). */
export async function metricValue(baseUrl: string, name: string): Promise<number> {
  return promValue(await scrapeMetrics(baseUrl), name);
}
