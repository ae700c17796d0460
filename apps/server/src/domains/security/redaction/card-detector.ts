/**
 * Card numbers: 12–19 digits with a card-brand prefix and a valid Luhn check, in any grouping.
 *
 * Digit groups are linked into runs: a strong link is a separator (spaces, '-', '.', '/', '_', '|', a newline,
 * a comma without space), a weak link is up to three words ("4111 1111 and then 1111 1111"). Every window of
 * consecutive linked groups holding 12–19 digits is a candidate; a candidate is kept when it is a whole run, or
 * a card-shaped part of one (4-4-4-4, Amex 4-6-5, one unbroken block…) followed or preceded by something else
 * (expiry, CVV). Overlapping candidates are resolved by score.
 */
import { isCardNumber, isTypicalLength } from './card-rules.ts';
import { type ProtectedRange, RangeIndex } from './protected-tokens.ts';
import type { Detection } from './types.ts';

interface Group {
  readonly start: number;
  readonly end: number;
  readonly digits: string;
}

type Link = 'strong' | 'weak' | 'none';

const STRONG_GAP = /^(?: {1,3}|\n| ?\n ?| ?[-./_\\|*+~] ?|--|,|\.\.|- -)$/;
const WEAK_GAP = /^[ ,:;()-]*(?:[a-z']+[ ,:;()-]+){1,3}$/;
const WEAK_BLOCKERS = new Set(
  (
    'or o exp expires expiry expiration vence vencimiento cvv cvc cid code codigo pin zip postal phone tel order ' +
    'case ticket ssn social date fecha amount monto ext and-or vs ref caso pedido orden security seguridad ' +
    'expira valid thru hasta until on el la de del at from to'
  ).split(' '),
);

const LAST4_LEAD =
  /(?:\bend(?:s|ing|ed)?(?: in| with)?|\blast (?:4|four)(?: digits)?(?: of)?(?: \w+)?(?: are| is)?|\bterminad[ao]s? en|\btermina(?:n)? en|\bultimos (?:4|cuatro)(?: digitos)?(?: son)?)[\s:#]*$/;

const KNOWN_SHAPES = new Set([
  '4,4,4,4',
  '4,4,4,4,3',
  '4,6,5',
  '4,6,4',
  '4,4,4,2',
  '4,4,4,3',
  '4,4,4,4,2',
  '4,4,5',
]);

function cardShaped(lens: readonly number[]): boolean {
  return lens.length === 1 || KNOWN_SHAPES.has(lens.join());
}

function linkBetween(text: string, a: Group, b: Group, labels: RangeIndex<ProtectedRange>): Link {
  const gap = text.slice(a.end, b.start);
  if (labels.overlaps(a.end, b.start)) return 'none';
  if (STRONG_GAP.test(gap)) return 'strong';
  if (/^ ?[,;] +$/.test(gap)) return 'weak'; // "4111, 1111, 1111, 1111"
  if (gap.length <= 32 && WEAK_GAP.test(gap)) {
    const words = gap.match(/[a-z']+/g) ?? [];
    if (!words.some((w) => WEAK_BLOCKERS.has(w))) return 'weak';
  }
  return 'none';
}

interface Candidate {
  readonly i: number;
  readonly j: number;
  readonly score: number;
  readonly digits: number;
}

export interface CardInput {
  readonly text: string;
  readonly protectedRanges: readonly ProtectedRange[];
  /** Whether the message talks about a card (needed to join groups separated by words). */
  readonly cardContext: boolean;
}

export interface CardDetection extends Detection {
  readonly digits: string;
}

export interface CardResult {
  readonly cards: CardDetection[];
  /** Security codes typed right after a card number ("4111… 09/27 123"). */
  readonly tailCodes: Detection[];
}

export function detectCards(input: CardInput): CardResult {
  const { text, protectedRanges } = input;
  const labels = new RangeIndex(protectedRanges.filter((r) => r.kind === 'label'));
  const benign = new RangeIndex(
    protectedRanges.filter((r) => r.kind === 'amount' || r.kind === 'date' || r.kind === 'time'),
  );
  const groups: Group[] = [];
  for (const m of text.matchAll(/\d+/g)) {
    if (labels.overlaps(m.index, m.index + 1)) continue;
    groups.push({ start: m.index, end: m.index + m[0].length, digits: m[0] });
  }
  if (groups.length === 0) return { cards: [], tailCodes: [] };
  const links: Link[] = [];
  for (let g = 0; g + 1 < groups.length; g++)
    links.push(linkBetween(text, groups[g]!, groups[g + 1]!, labels));
  // Selecting a card (or the code after it) splits its run; what is left is read again as runs of its own,
  // exactly as it will read once redacted (so that redacting the redacted text finds nothing more).
  const taken: Candidate[] = [];
  const tailCodes: Detection[] = [];
  const used = new Uint8Array(groups.length);
  const cut = (i: number, j: number) => {
    if (i > 0) links[i - 1] = 'none';
    if (j < links.length) links[j] = 'none';
    used.fill(1, i, j + 1);
  };
  const withTail = new Set<Candidate>();
  for (;;) {
    const next = selectCandidates(input, benign, groups, links, used);
    for (const c of next) {
      taken.push(c);
      cut(c.i, c.j);
    }
    if (next.length > 0) continue;
    // no card left: the codes typed right after the cards, then look again
    let added = false;
    for (const c of taken.filter((t) => t.digits > 0 && !withTail.has(t))) {
      withTail.add(c);
      const code = tailCode(text, groups[c.j]!.end);
      if (!code) continue;
      let g = c.j + 1;
      while (g < groups.length && groups[g]!.start < code.start) g++;
      if (groups[g]?.start !== code.start) g = -1;
      if (g < 0) {
        tailCodes.push(code); // already cut out of the runs (found in an earlier round)
        continue;
      }
      if (used[g]) continue;
      tailCodes.push(code);
      taken.push({ i: g, j: g, score: 0, digits: 0 });
      cut(g, g);
      added = true;
    }
    if (!added) break;
  }
  const cards = taken
    .filter((c) => c.digits > 0)
    .sort((a, b) => a.i - b.i)
    .map((c) => ({
      type: 'CREDIT_CARD' as const,
      start: groups[c.i]!.start,
      end: groups[c.j]!.end,
      priority: 4,
      digits: groups
        .slice(c.i, c.j + 1)
        .map((g) => g.digits)
        .join(''),
    }));
  return { cards, tailCodes };
}

function selectCandidates(
  input: CardInput,
  benign: RangeIndex<ProtectedRange>,
  groups: readonly Group[],
  links: readonly Link[],
  used: Uint8Array,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    let weak = 0;
    for (let j = i; j < groups.length && !used[j]; j++) {
      if (j > i) {
        const link = links[j - 1]!;
        if (link === 'none') break;
        if (link === 'weak') weak++;
      }
      digits += groups[j]!.digits;
      if (digits.length > 19) break;
      if (digits.length < 12 || !isCardNumber(digits)) continue;
      const c = scoreWindow(input, benign, groups, links, i, j, digits, weak);
      if (c) candidates.push(c);
    }
  }
  candidates.sort((a, b) => b.score - a.score || b.digits - a.digits || a.i - b.i);
  const taken: Candidate[] = [];
  const mine = new Uint8Array(groups.length);
  for (const c of candidates) {
    if (mine.subarray(c.i, c.j + 1).some((x) => x === 1)) continue;
    mine.fill(1, c.i, c.j + 1);
    taken.push(c);
  }
  return taken;
}

function scoreWindow(
  input: CardInput,
  benign: RangeIndex<ProtectedRange>,
  groups: readonly Group[],
  links: readonly Link[],
  i: number,
  j: number,
  digits: string,
  weak: number,
): Candidate | undefined {
  const lens = groups.slice(i, j + 1).map((g) => g.digits.length);
  const startAligned = i === 0 || links[i - 1] !== 'strong';
  const endAligned = j === groups.length - 1 || links[j] !== 'strong';
  const start = groups[i]!.start;
  const end = groups[j]!.end;
  const shaped = cardShaped(lens);
  const typical = isTypicalLength(digits);
  // digits covered by amounts, dates, times: "2026-08-15 / 2026-09-15" is two dates, not a card
  let covered = 0;
  for (const r of benign.overlapping(start, end)) {
    if (r.kind === 'amount') {
      if (/[$€£¥a-z]/.test(input.text.slice(r.start, r.end))) return undefined; // "$4,111…", "… pesos"
      continue; // a bare decimal inside a run of digits is not an amount
    }
    covered += (input.text.slice(Math.max(r.start, start), Math.min(r.end, end)).match(/\d/g) ?? []).length;
  }
  if (weak > 0) {
    if (!startAligned || !endAligned) return undefined;
    // "cards ending in 4111, 5555, 3782 and 1234" is a list of last fours
    if (LAST4_LEAD.test(input.text.slice(Math.max(0, start - 40), start))) return undefined;
    if (covered > 0 || lens.some((l) => l < 2)) return undefined;
    const fours =
      lens.every((l, k) => l === 4 || (k === lens.length - 1 && l >= 2)) || lens.join() === '4,6,5';
    if (!input.cardContext && !fours) return undefined;
    return { i, j, score: 50 + (fours ? 10 : 0) + (typical ? 15 : 0), digits: digits.length };
  }
  if (startAligned && endAligned) {
    if (covered * 2 >= digits.length) return undefined;
    // a whole run that is a card number is read as one (a 19-digit number is not a 16-digit one and a CVV)
    return { i, j, score: 200 + (shaped ? 30 : 0) + (typical ? 15 : 0), digits: digits.length };
  }
  if (covered > 0) return undefined;
  // "0.30178087979273216": the digits after a decimal point are not a card number
  if (!startAligned && /^[.,]$/.test(input.text.slice(groups[i - 1]!.end, start))) return undefined;
  const boundary = typical && separatorBoundary(input.text, groups, i, j, startAligned, endAligned);
  if (!shaped && !boundary) return undefined;
  return {
    i,
    j,
    score: 60 + (shaped ? 40 : 0) + (typical ? 15 : 0) + (startAligned ? 10 : 0),
    digits: digits.length,
  };
}

/** The window's own separators differ from the one that links it to the rest of the run. */
function separatorBoundary(
  text: string,
  groups: readonly Group[],
  i: number,
  j: number,
  startAligned: boolean,
  endAligned: boolean,
): boolean {
  const inner = new Set<string>();
  for (let g = i; g < j; g++) inner.add(text.slice(groups[g]!.end, groups[g + 1]!.start));
  const left = startAligned || !inner.has(text.slice(groups[i - 1]!.end, groups[i]!.start));
  const right = endAligned || !inner.has(text.slice(groups[j]!.end, groups[j + 1]!.start));
  return left && right && inner.size <= 1;
}

const TAIL =
  /^(?:[\s,;:/._\\|*+~-]*(?:exp(?:iry|ires|iration)?|vence|vto|venc|vencimiento|expira|fecha|valid thru|good thru)?[ .:]*)?(?:(?:0?[1-9]|1[0-2]) ?[/-] ?(?:20\d{2}|\d{2})(?![\d])[\s,;:/|-]*|(?:0[1-9]|1[0-2])\d{2} +(?=\d{3,4}(?!\d)))?(?:(?:cvv2?|cvc2?|cid|csc|code|codigo|sec|security code|security|codigo de seguridad|seguridad)[ .:#=]*)?(\d{3,4})(?![\d]|[-/.,]\d)/;

/**
 * "4111 1111 1111 1111 09/27 123": a 3–4 digit number right after a card number (optionally after the expiry)
 * is the card's security code.
 */
function tailCode(text: string, cardEnd: number): Detection | undefined {
  const rest = text.slice(cardEnd, cardEnd + 60);
  if (!/^[\s,;:/._\\|*+~-]/.test(rest)) return undefined;
  const m = TAIL.exec(rest);
  if (!m || m[1] === undefined) return undefined;
  const after = rest.slice(m.index + m[0].length);
  if (
    /^ ?(?:%|\$|(?:am|pm|usd|mxn|eur|dollars?|dolares|pesos|bucks|mins?|minutes|times|veces|st|nd|rd|th)\b)/.test(
      after,
    )
  )
    return undefined;
  const start = cardEnd + m[0].length - m[1].length;
  return { type: 'CARD_SECURITY_CODE', start, end: start + m[1].length, priority: 2 };
}
