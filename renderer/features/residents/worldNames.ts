import type { Language } from '../../../shared/domain.ts';
import { searchKey } from '../../../shared/search.ts';
import { LOCALES } from '../../i18n/locales.ts';

// ISO 3166-1 alpha-2 (and Kosovo's XK), and ISO 639 languages: stored as these codes, named by
// `Intl.DisplayNames` in the UI language, so "sr" reads "srpski" on the Serbian screen.
const REGION_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'.split(
    ' ',
  );
const LANGUAGE_CODES =
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ckb prs rom'.split(
    ' ',
  );

/** Which list a resident field's values come from. */
export const WORLD_FIELDS = { nationalities: 'region', languages: 'language' } as const;
export type WorldKind = (typeof WORLD_FIELDS)[keyof typeof WORLD_FIELDS];

const CODES: Record<WorldKind, readonly string[]> = { region: REGION_CODES, language: LANGUAGE_CODES };
const NAMED_IN: readonly Language[] = ['en', 'sr-Latn'];

const namers = new Map<string, Intl.DisplayNames>();
function namer(kind: WorldKind, language: Language): Intl.DisplayNames {
  const key = `${kind}:${language}`;
  let n = namers.get(key);
  if (!n) namers.set(key, (n = new Intl.DisplayNames([LOCALES[language]], { type: kind, fallback: 'none' })));
  return n;
}

const codeByName = new Map<WorldKind, Map<string, string>>();
/** Every name a code goes by in the UI languages, and the code itself, to find it again from text. */
function lookup(kind: WorldKind): Map<string, string> {
  let m = codeByName.get(kind);
  if (m) return m;
  m = new Map();
  for (const code of CODES[kind]) {
    m.set(searchKey(code), code);
    for (const language of NAMED_IN) {
      const name = namer(kind, language).of(code);
      if (name) m.set(searchKey(name), code);
    }
  }
  codeByName.set(kind, m);
  return m;
}

/** The code behind a typed or stored value ("Serbia", "Srbija", "RS" → "RS"); free text as typed. */
export function worldCode(kind: WorldKind, value: string): string {
  return lookup(kind).get(searchKey(value)) ?? value.trim();
}

/** A stored value as the UI language names it; text that is no known code shows as typed. */
export function worldName(kind: WorldKind, value: string, language: Language): string {
  const code = lookup(kind).get(searchKey(value));
  return (code && namer(kind, language).of(code)) || value;
}

/** Every known name in the UI language, once each (a suggestion list takes no duplicates), sorted. */
export function worldNames(kind: WorldKind, language: Language): string[] {
  const collator = new Intl.Collator(LOCALES[language]);
  return [...new Set(CODES[kind].map((c) => namer(kind, language).of(c) ?? c))].sort(collator.compare);
}
