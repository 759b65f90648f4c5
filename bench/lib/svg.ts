import type { ApiReport } from './api-report.ts';

/**
 * docs/latency.svg by hand: p50 and p99 latency against connections for POST
 * and GET through the local runtime, beside their bare DynamoDB Local
 * baselines, on a log scale. No chart library: a few lines and labels.
 */

interface Series {
  name: string;
  colour: string;
  dashed: boolean;
  points: { connections: number; p50: number; p99: number }[];
}

const width = 920;
const height = 400;
const panel = { top: 50, bottom: 330, width: 360 };
const panels = [
  { key: 'p50' as const, left: 70, title: 'p50 latency (ms, log scale)' },
  { key: 'p99' as const, left: 510, title: 'p99 latency (ms, log scale)' },
];

function seriesOf(report: ApiReport): Series[] {
  const pick = (route: 'POST' | 'GET', side: 'api' | 'baseline') =>
    report.rows
      .filter((row) => row.route === route)
      .map((row) => ({ connections: row.connections, p50: row[side].p50, p99: row[side].p99 }));
  return [
    { name: 'POST comment (API)', colour: '#c0392b', dashed: false, points: pick('POST', 'api') },
    {
      name: 'PutItem (bare DynamoDB Local)',
      colour: '#c0392b',
      dashed: true,
      points: pick('POST', 'baseline'),
    },
    { name: 'GET page of 50 (API)', colour: '#2471a3', dashed: false, points: pick('GET', 'api') },
    {
      name: 'Query 51 (bare DynamoDB Local)',
      colour: '#2471a3',
      dashed: true,
      points: pick('GET', 'baseline'),
    },
  ];
}

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

export function latencySvg(report: ApiReport): string {
  const series = seriesOf(report);
  const connections = [...new Set(report.rows.map((row) => row.connections))].sort((a, b) => a - b);
  const values = series.flatMap((one) => one.points.flatMap((point) => [point.p50, point.p99]));
  const low = 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...values))));
  const high = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const y = (ms: number) =>
    panel.bottom -
    ((Math.log10(Math.max(ms, low)) - Math.log10(low)) / (Math.log10(high) - Math.log10(low))) *
      (panel.bottom - panel.top);
  const x = (left: number, value: number) =>
    left + 20 + (connections.indexOf(value) / Math.max(1, connections.length - 1)) * (panel.width - 40);
  const ticks: number[] = [];
  for (let decade = low; decade <= high; decade *= 10) {
    for (const step of [1, 2, 5]) if (decade * step <= high) ticks.push(decade * step);
  }

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(`Local API vs bare DynamoDB Local, ${report.machine.cores} cores, ${report.settings.durationSeconds} s per point`)}</text>`,
  ];
  for (const { key, left, title } of panels) {
    parts.push(
      `<text x="${left + panel.width / 2}" y="${panel.top - 12}" text-anchor="middle">${title}</text>`,
    );
    parts.push(
      `<rect x="${left}" y="${panel.top}" width="${panel.width}" height="${panel.bottom - panel.top}" fill="none" stroke="#888"/>`,
    );
    for (const tick of ticks) {
      parts.push(
        `<line x1="${left}" x2="${left + panel.width}" y1="${y(tick).toFixed(1)}" y2="${y(tick).toFixed(1)}" stroke="#eee"/>`,
        `<text x="${left - 6}" y="${(y(tick) + 4).toFixed(1)}" text-anchor="end">${tick}</text>`,
      );
    }
    for (const value of connections) {
      parts.push(
        `<text x="${x(left, value).toFixed(1)}" y="${panel.bottom + 18}" text-anchor="middle">${value}</text>`,
      );
    }
    parts.push(
      `<text x="${left + panel.width / 2}" y="${panel.bottom + 36}" text-anchor="middle">connections</text>`,
    );
    for (const one of series) {
      const points = one.points.map(
        (point) => `${x(left, point.connections).toFixed(1)},${y(point[key]).toFixed(1)}`,
      );
      parts.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${one.colour}" stroke-width="2"${one.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      );
      for (const point of one.points) {
        parts.push(
          `<circle cx="${x(left, point.connections).toFixed(1)}" cy="${y(point[key]).toFixed(1)}" r="3" fill="${one.colour}"><title>${escapeXml(`${one.name}, ${point.connections} conns: ${point[key]} ms`)}</title></circle>`,
        );
      }
    }
  }
  series.forEach((one, index) => {
    const left = 70 + index * 215;
    const top = height - 18;
    parts.push(
      `<line x1="${left}" x2="${left + 28}" y1="${top - 4}" y2="${top - 4}" stroke="${one.colour}" stroke-width="2"${one.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      `<text x="${left + 34}" y="${top}">${escapeXml(one.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
