/**
 * Context vocabulary (English and Spanish, accent-folded, lower case) for the context detectors.
 * Phrases are matched on word tokens; '-', '.', '/' between the words of a phrase are skipped, so
 * "one-time code", "c.v.v." and "cvv/cvc" match. The longest phrase wins at each position.
 */

export type KeywordKind =
  /** cvv, cvc, cid, "code on the back", "codigo de atras": 3–4 digits are a card security code. */
  | 'cvv'
  /** "security code", "codigo de seguridad": a CVV when 3–4 digits, a one-time code when sent or longer. */
  | 'cvvSoft'
  /** otp, "verification code", "codigo de verificacion", "clave dinamica". */
  | 'otp'
  /** passcode: one-time code when digits, password otherwise. */
  | 'passcode'
  /** "code", "codigo", "token": a one-time code (4–8 digits), a CVV (3 digits). */
  | 'code'
  /** "confirmation code": a one-time code only when the customer says it was sent to them. */
  | 'codeCued'
  | 'pin'
  /** clave: a PIN when 4–6 digits, a password otherwise. */
  | 'clave'
  | 'password'
  /** "pass": a password only in "my pass is…", "pass: …". */
  | 'passWeak'
  | 'ssn'
  /** "ending in", "last four", "terminada en": what follows is a last four, never a secret. */
  | 'last4'
  /** zip, order, case, phone, amount, date…: what follows is not a secret. */
  | 'blocker'
  /** "sent", "texted", "sms", "me llego": the code was delivered to the customer. */
  | 'otpCue'
  /** card, tarjeta, visa…: used to accept card numbers split by words. */
  | 'card';

const LEXICON: Record<KeywordKind, string> = {
  cvv:
    'cvv|cvv2|cvc|cvc2|cid|csc|cvn|ccv|cv2|cvd|cav2|c v v|c v c|cvv code|cvv number|cvc code|' +
    'card verification|card verification value|card verification code|verification value|' +
    'card code|code on the back|code on back|code in the back|code on the front|' +
    'number on the back|numbers on the back|digits on the back|digits on back|numbers on back|' +
    'on the back|on back|back of the card|back of my card|back of card|on the front|' +
    'three digit code|3 digit code|three digits|3 digits|3 digit|three digit|3 digit number|3 numbers|three numbers|4 digit code on the front|codigo cvv|' +
    'codigo de atras|codigo de detras|codigo del reverso|codigo de reverso|numero de atras|' +
    'numeros de atras|digitos de atras|numeros de la parte de atras|parte de atras|atras|detras|' +
    'reverso|tres digitos|3 digitos|codigo de 3 digitos|codigo de tres digitos|' +
    'digitos de seguridad|numero de verificacion de la tarjeta',
  cvvSoft:
    'security code|security cod|sec code|security number|security digits|securtiy code|codigo de seguridad|' +
    'codigo seguridad|clave de seguridad|numero de seguridad|cod de seguridad|cod seguridad',
  otp:
    'otp|one time code|one time passcode|one time password|one time pin|onetime code|' +
    'verification code|verification number|verify code|verificaton code|authentication code|' +
    'auth code|access code|login code|log in code|sign in code|signin code|2fa|2fa code|mfa code|' +
    'sms code|text code|texted code|temporary code|temp code|security pin|codigo de verificacion|' +
    'codigo verificacion|codigo de acceso|codigo otp|codigo de un solo uso|clave dinamica|' +
    'clave de un solo uso|codigo dinamico|codigo sms|codigo por sms|codigo de autenticacion|' +
    'codigo temporal|clave temporal|pin temporal|codigo de validacion|numero de verificacion|' +
    '6 digit code|6 digit number|six digit code|six digit number|codigo de 6 digitos|' +
    'codigo de seis digitos|' +
    'token|codigo token|clave token',
  passcode: 'passcode|pass code|pascode|passcodes',
  code: 'code|codigo|codes|codigos|cod',
  codeCued:
    'confirmation code|confirmation number|codigo de confirmacion|numero de confirmacion|' + 'security key',
  pin:
    'pin|personal identification number|numero de identificacion personal|pin number|pin code|pin no|atm pin|debit pin|card pin|nip|n i p|numero de pin|numero pin|' +
    'codigo pin|pin de la tarjeta|pin del cajero|numero secreto|clave del cajero|clave de cajero|' +
    'clave de la tarjeta|contrasena del cajero|clave del atm|pin de cajero',
  clave: 'clave|clave personal',
  password:
    'password|passwd|passwrd|pasword|passowrd|paswd|pwd|pw|passphrase|pass word|contrasena|' +
    'contrasenia|contrasenha|contrasea|clave de acceso|clave de internet|clave web|' +
    'clave de la app|clave de banca|clave de banca en linea|login password|pword',
  passWeak: 'pass|psw',
  ssn:
    'ssn|socialsecurity|ss|ss no|ss number|ss num|s s n|social|social security|social security number|' +
    'social security no|social sec|soc sec|socsec|soc sec number|social number|soc|soc sec no|' +
    'seguro social|numero de seguro social|num de seguro social|no de seguro social|nss|itin|' +
    'tax id|taxpayer id|tin|ssn number|numero de seguridad social|seguridad social',
  last4:
    'ending|ending in|ending with|ends in|ends with|end in|ended in|last 4|last four|' +
    'last 4 digits|last four digits|last digits|last 4 of|last four of|final 4|final four|' +
    'ultimos 4|ultimos cuatro|ultimos digitos|ultimos 4 digitos|ultimos cuatro digitos|' +
    'terminada en|terminado en|termina en|terminacion|acaba en|finaliza en|que termina en',
  blocker:
    "not|isnt|isn't|wasnt|wasn't|" +
    'bic|mcc|sku|upc|isbn|imei|serial|port|page|line|version|step|chapter|section|floor|seat|row|' +
    'route|channel|exit|rfc|zip|zipcode|zip code|postal|postal code|post code|codigo postal|cp|area code|codigo de area|' +
    'error|error code|codigo de error|promo|promo code|promotional code|discount code|coupon|' +
    'coupon code|cupon|codigo promocional|codigo de descuento|booking code|tracking|tracking code|' +
    'tracking number|reference|reference code|reference number|ref|referencia|' +
    'codigo de referencia|swift code|sort code|country code|reason code|merchant code|qr code|' +
    'bar code|barcode|codigo de barras|authorization code|auth number|codigo de autorizacion|' +
    'codigo de rastreo|rastreo|guia|order|order number|pedido|orden|case|case number|caso|ticket|' +
    'claim|reclamo|folio|phone|telephone|tel|cell|mobile|celular|telefono|movil|call|llamar|llame|' +
    'llamen|amount|monto|balance|saldo|limit|limite|payment|pago|paid|pague|charge|charged|cargo|' +
    'cobraron|date|fecha|born|birthday|nacimiento|year|exp|expiry|expiration|expires|expira|vence|' +
    'vencimiento|valid thru|apt|suite|street|calle|extension|ext|flight|vuelo|booking|reserva|' +
    'account number|numero de cuenta|routing|iban|clabe|store|tienda|transaction|transaccion|' +
    'points|puntos|minutes|minutos|dollars|dolares|pesos|attempts|intentos|times|veces|model|' +
    'modelo|invoice|factura|receipt|recibo|member|miembro|employee|empleado|agent|agente|id|room|' +
    'gate|address|direccion',
  otpCue:
    'sent|send|texted|text|txt|sms|messaged|received|got|emailed|email|enviaron|enviado|envio|' +
    'envian|mandaron|mandado|llego|recibi|mensaje|correo|texto|whatsapp',
  card:
    'card|tarjeta|cc|credit|debit|credito|debito|visa|mastercard|master card|amex|' +
    'american express|discover|card number|card no|numero de tarjeta|num de tarjeta|acct|account|' +
    'cuenta|number|numero|plastico',
};

export interface Phrase {
  readonly kind: KeywordKind;
  readonly words: readonly string[];
}

/** Phrases indexed by their first word. */
export const PHRASES_BY_FIRST: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const [kind, phrases] of Object.entries(LEXICON) as [KeywordKind, string][]) {
    for (const p of phrases.split('|')) {
      const words = p.split(' ');
      const list = map.get(words[0]!) ?? [];
      list.push({ kind, words });
      map.set(words[0]!, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/** Long keyword words that typos are corrected to (edit distance 1, or 2 from nine letters). */
export const FUZZY_TARGETS: readonly string[] = (
  'password|passcode|contrasena|security|seguridad|verification|verificacion|social|codigo|' +
  'passphrase|authentication|temporary|confirmation'
).split('|');

/** Words that look like a typo of a keyword but are ordinary words. */
export const FUZZY_EXCEPTIONS: ReadonlySet<string> = new Set(
  (
    'passport|passed|passes|secure|securely|socials|special|serial|social|codigos|security|' +
    'seguridad|password|passwords|passcode|verified|verifies|coding|codice'
  ).split('|'),
);

/** Words after which a 4-digit value is a year, not a secret ("in 2024", "desde 2019"). */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in|since|from|by|until|till|before|after|of|en|desde|hasta|del|de|year|ano|around|circa'.split('|'),
);

/** Words right after a number that make it a quantity, not a secret ("3 times", "120 dollars"). */
export const UNIT_WORDS: ReadonlySet<string> = new Set(
  (
    'times|minutes|minute|mins|min|seconds|secs|hours|hrs|days|weeks|months|years|dollars|dollar|' +
    'usd|bucks|pesos|mxn|euros|eur|points|pts|miles|attempts|tries|digits|digit|characters|chars|' +
    'veces|minutos|segundos|horas|dias|semanas|meses|anos|dolares|puntos|intentos|digitos|' +
    'caracteres|am|pm|st|nd|rd|th|k|mb|gb|percent'
  ).split('|'),
);

/** Words that can sit between "123" and a keyword after it: "123 is my cvv", "4321 es mi pin". */
export const BACKWARD_FILLERS: ReadonlySet<string> = new Set(
  (
    "is|es|was|era|my|mi|the|el|la|su|your|tu|as|for|de|del|are|son|that|that's|thats|its|it's|" +
    'would|be|being|should|sera|seria'
  ).split('|'),
);
