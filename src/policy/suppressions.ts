// Suppression markers: Bandit-compatible `# nosec [ids]`, Ruff-style `# noqa: S602`, and our own
// `# review-security: ignore[rule-id] -- reason` / `ignore-file[rule-id]`. A marker on any line of the flagged
// statement applies. Text after the ids is a reason and is never read as ids.
import type { SuppressionMarker } from '../engine/finding.js';
import { findRule } from '../rules/index.js';

export interface ParsedMarker {
  line: number;
  kind: SuppressionMarker['kind'];
  /** Canonical rule ids; empty = every rule. */
  ruleIds: string[];
  /** Words in id position that name no rule (reported, never silently widened to "all"). */
  unknown: string[];
  reason: string;
}

const ID_SHAPE = /^(?:[A-Z]{1,3}\d{3,4}|[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)$/;

export function parseMarker(marker: SuppressionMarker): ParsedMarker | undefined {
  const parsed: ParsedMarker = { line: marker.line, kind: marker.kind, ruleIds: [], unknown: [], reason: '' };
  if (marker.kind === 'ignore' || marker.kind === 'ignore-file') {
    const match = /^\[([^\]]*)\]\s*(.*)$/.exec(marker.text);
    if (!match) {
      if (marker.kind === 'ignore-file') return undefined; // a file-wide blanket needs explicit ids
      parsed.reason = stripReasonSeparator(marker.text);
      return parsed;
    }
    for (const word of match[1].split(/[\s,]+/).filter(Boolean)) addId(parsed, word, true);
    parsed.reason = stripReasonSeparator(match[2]);
    return parsed;
  }
  const text = marker.text.replace(/^:\s*/, '');
  const words = text.split(/[\s,]+/).filter(Boolean);
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index].replace(/[,;:]$/, '');
    if (!ID_SHAPE.test(word)) break;
    const known = findRule(word);
    // Ruff's codes of other plugins (`# noqa: E501`) are not ours to judge.
    if (!known && marker.kind === 'noqa' && !/^S\d{3}$/.test(word)) continue;
    if (!known && !/^[BS]\d{3}$/.test(word) && !word.includes('-') && !word.includes('_')) break;
    addId(parsed, word, true);
  }
  parsed.reason = stripReasonSeparator(words.slice(index).join(' '));
  // A bare `# noqa` silences flake8 findings; it is not a security suppression.
  if (marker.kind === 'noqa' && parsed.ruleIds.length === 0) return undefined;
  return parsed;
}

function addId(parsed: ParsedMarker, word: string, reportUnknown: boolean): void {
  const rule = findRule(word);
  if (rule) {
    if (!parsed.ruleIds.includes(rule.id)) parsed.ruleIds.push(rule.id);
  } else if (reportUnknown) {
    parsed.unknown.push(word);
  }
}

function stripReasonSeparator(text: string): string {
  return text.replace(/^(?:--?|:|—)\s*/, '').trim();
}

export interface SuppressionIndex {
  /** The marker that suppresses `rule` on any of `lines`, if any. */
  find(rule: string, firstLine: number, lastLine: number): ParsedMarker | undefined;
  markers: ParsedMarker[];
}

export function indexMarkers(markers: readonly SuppressionMarker[]): SuppressionIndex {
  const parsed = markers.map(parseMarker).filter((marker): marker is ParsedMarker => marker !== undefined);
  const byLine = new Map<number, ParsedMarker[]>();
  const fileWide = parsed.filter((marker) => marker.kind === 'ignore-file');
  for (const marker of parsed) {
    if (marker.kind === 'ignore-file') continue;
    const list = byLine.get(marker.line);
    if (list) list.push(marker);
    else byLine.set(marker.line, [marker]);
  }
  const covers = (marker: ParsedMarker, rule: string) =>
    marker.ruleIds.length === 0 ? marker.unknown.length === 0 : marker.ruleIds.includes(rule);
  return {
    markers: parsed,
    find(rule, firstLine, lastLine) {
      for (const marker of fileWide) if (covers(marker, rule)) return marker;
      for (let line = firstLine; line <= lastLine; line++) {
        for (const marker of byLine.get(line) ?? []) if (covers(marker, rule)) return marker;
      }
      return undefined;
    },
  };
}
