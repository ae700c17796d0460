/** Patterns of the agent guard, on accent-folded lower-case text (English and Spanish). */
import type { SensitiveType } from './types.ts';

/** Mentions of each sensitive value an agent must not ask for. */
export const OBJECTS: readonly (readonly [SensitiveType, RegExp])[] = [
  [
    'CREDIT_CARD',
    /\b(?:(?:full|complete|entire|whole|long|credit|debit|16[- ]digit|15[- ]digit)\s+)?(?:card|account|acct)\s*(?:number|no\b|num\b|#)|\bcard ?#|\b(?:1[3-9]|sixteen|fifteen)[- ]?(?:digits?|numbers?)\b|\b(?:digits|numbers) (?:on|across) the front\b|\blong number\b|\bnumero (?:completo )?de (?:la |su |tu )?(?:tarjeta|cuenta)\b|\bnumero (?:de tarjeta )?completo\b|\blos (?:1[3-9]|dieciseis|quince) (?:digitos|numeros)\b|\b(?:digitos|numeros) (?:del frente|de enfrente|de adelante)\b|\bnumeros? de (?:la |su |tu )?tarjeta\b|\bpan\b/,
  ],
  [
    'CARD_SECURITY_CODE',
    /\b(?:cvv2?|cvc2?|cid|csc|cvn|ccv)\b|(?<!social )\bsecurity (?:code|number|digits)\b|\bsec code\b|\b(?:3|three|4|four)[- ]digit (?:security )?code\b|\b(?:3|three|4|four) (?:digits|numbers) (?:on|in) the (?:back|front)\b|\b(?:code|digits|numbers?) (?:on|in) the back\b|\bback of (?:the|your) card\b|\bcodigo (?:de seguridad|cvv|de atras|del reverso)\b|\b(?:digitos|numeros) (?:de atras|del reverso|de seguridad)\b|\b(?:3|tres|4|cuatro) (?:digitos|numeros) de (?:atras|la parte de atras)\b|\bclave de seguridad\b/,
  ],
  [
    'US_SSN',
    /\bssn\b|\bsocial security(?: number| no\b| #)?|\bsocial\b|\bseguro social\b|\bseguridad social\b|\bitin\b|\btax ?id\b|\bnss\b/,
  ],
  [
    'OTP',
    /\botp\b|\bone[- ]?time (?:code|passcode|password|pin)\b|\b(?:verification|authentication|auth|access|login|sign[- ]?in|2fa|mfa|sms|confirmation|6[- ]digit|six[- ]digit) (?:code|number|pin)\b|\b(?:sent|texted|emailed|messaged) (?:to )?(?:you|your phone|your email)? ?(?:a|the|an)? ?(?:\d[- ]digit |new |one[- ]time )?code\b|\b(?:sent|texted|emailed|messaged) you (?:a|an|the) (?:text|sms|message|email)\b|\bcode (?:that )?(?:came|arrived|was sent|went|you got) (?:to|in|on|by) (?:your|the) (?:email|phone|inbox|text|texts|sms|app|mobile)\b|\bcode (?:in|on) your (?:email|inbox|texts?|phone|sms)\b|\b(?:le|te) (?:enviamos|mandamos|enviaron|envie|mande|envio|mando|acabo de enviar|acabamos de enviar) (?:un|el) codigo\b|\bpasscode\b|\bcode (?:that )?(?:we|i|the bank|our system) (?:just )?(?:sent|texted|emailed|messaged)\b|\bcode (?:that )?you (?:just )?(?:received|got|get)\b|\bcode (?:in|from) (?:the|your|our) (?:text|sms|message|email)\b|\bcodigo (?:de verificacion|de acceso|de autenticacion|otp|sms|de un solo uso|temporal|dinamico|que (?:le|te) (?:enviamos|mandamos|llego|acaba de llegar|enviaron))\b|\bclave (?:dinamica|temporal|de un solo uso)\b|\btoken\b/,
  ],
  [
    'CARD_PIN',
    /\bpin\b(?! (?:code )?(?:mailer|reset|change))|\bnip\b|\bclave del cajero\b|\bnumero secreto\b/,
  ],
  [
    'PASSWORD',
    /\bpass(?:word|wd|phrase)\b|\bpwd\b|\bcontrasena\b|\bclave\b(?! (?:dinamica|temporal|de un solo uso|del cajero|de seguridad))|\blog[- ]?in (?:credentials|details|info)\b|\bcredentials\b|\bcredenciales\b/,
  ],
];

/** "last four", "ending in": a partial value the agent may ask for. */
export const PARTIAL =
  /\b(?:last|final|ultimos?|ultimas?)\s+(?:4|four|cuatro)\b|\bending in\b|\bterminacion\b|\bterminada en\b|\bpartial\b|\blast (?:few )?digits\b|\bultimos digitos\b/;

/** Verbs and constructions that ask the customer for something. */
export const REQUEST =
  /\b(?:type|typing|enter|entering|send|sending|provide|providing|give|giving|share|sharing|tell|telling|confirm|confirming|verify|verifying|read|reading|write|writing|post|put|reply|respond|text|say|spell|repeat|paste|list|submit|input|key in|dictate|let me (?:know|have)|need|needs|require|requires|want|may i (?:have|get)|can i (?:have|get)|could i (?:have|get)|what(?:'s| is| are| was)|whats|which is|escriba|escribe|escribir|escribame|escribeme|envie|envia|enviar|enviame|envieme|mande|manda|mandar|mandame|mandeme|proporcione|proporciona|proporcionar|proporcioneme|comparta|comparte|compartir|confirme|confirma|confirmar|dicte|dicta|dictar|dictame|digame|dime|decir|dame|deme|dar|indique|indica|indicar|ingrese|ingresa|ingresar|introduzca|introduce|lea|lee|leer|leame|leeme|necesito|necesitamos|necesitaria|requiero|requerimos|me (?:da|das|pasa|pasas|regala|regalas|facilita)|pase|pasa|pasame|paseme|facilite|facilita|verifique|verifica|verificar|repita|repite|teclee|teclea|digite|digita|anote|cual es|cuales son|cual seria|indiqueme|indicame|confirmeme|confirmame|proporcioname|compartame|comparteme|facilitame|faciliteme|repitame|repiteme|dicteme|digitelo|ingreselo|escribalo|escribelo|(?:what|which)(?= (?:\w+ )?(?:pin|password|passcode|code|cvv|cvc|cid|card number|ssn|social|digits|numbers)\b))\b/g;

/** A negation right before a request verb: "never share", "please don't send", "no comparta", "nunca le pida". */
export const NEGATION =
  /\b(?:never|don't|dont|do not|doesn't|does not|should not|shouldn't|won't|will not|not|no need to|avoid|nunca|jamas|no|ni|evite|sin)\s+(?:(?:ever|need to|have to|you|to|le|te|se|nos|me|lo|la|les|debe|debes|tiene que|tienes que|hay que|necesita|necesitas|please|be asked to|asked to|going to|gonna|ask you to|want you to)\s+){0,3}$/;

/** The agent is the subject of the verb: "I will send you a prompt", "we texted you", "le envie un codigo". */
export const AGENT_SUBJECT =
  /(?:\b(?:i|we|i'll|we'll|i've|we've|i'm|we're|yo|nosotros)\s+(?:(?:will|am|are|going|to|just|have|has|can|already|also|now|gonna)\s+)*|\b(?:le|te)\s+)$/;

/** Verbs that are the agent's own action when "I"/"we" is their subject. */
export const AGENT_ACTIONS = new Set([
  'send',
  'sending',
  'text',
  'confirm',
  'confirming',
  'verify',
  'verifying',
  'share',
  'sharing',
  'give',
  'giving',
  'provide',
  'providing',
  'enter',
  'entering',
  'type',
  'typing',
  'post',
  'put',
  'write',
  'read',
  'reading',
  'envie',
  'envia',
  'enviar',
  'mande',
  'manda',
  'mandar',
  'confirme',
  'confirma',
  'confirmar',
  'verifique',
  'verifica',
  'verificar',
  'dar',
  'pase',
  'pasa',
]);

/** Typing the value into the app, the prompt or an ATM (not into the chat) is the compliant path. */
export const OUTSIDE_CHAT =
  /\b(?:in(?:to)?|on|at)\s+(?:the|your)\s+(?:app|application|prompt|screen|phone|atm|keypad|pin pad|secure (?:form|page|link))\b|\ben (?:la )?(?:app|aplicacion|pantalla|cajero|solicitud)\b/;

/** "Can you read it to me?" after a sentence that mentioned a sensitive value. */
export const PRONOUN_REQUEST =
  /\b(?:read|tell|give|send|type|share|confirm|repeat|say|text|enter|provide)\s+(?:me\s+)?(?:it|them|that|those|the (?:digits|numbers|code))\b|\bwhat (?:is|was|are|were) (?:it|they)\b|\bwhat does (?:it|the (?:text|message|sms|email)) say\b|\bwhat do(?:es)? (?:it|they) (?:say|read)\b|\bque (?:dice|decia)\b|\b(?:me lo|me la|me los|melo|mela|dimelo|digamelo|dictemelo|dictamelo|escribalo|escribelo|envielo|envialo|mandamelo|mandemelo|leamelo|leemelo|pasamelo|pasemelo)\b|\bcual (?:es|era)\s*\??$/;

export const WARNING_CONTEXT =
  /\b(?:never|nunca|jamas)\b.*\b(?:ask|pedir|pediremos|pedimos|solicit|request)\b|\bwe (?:will )?never\b|\bno (?:le |te )?(?:pediremos|pedimos|solicitamos)\b|\bbeware\b|\bscam\b|\bfraud(?:ster)?s? (?:may|might|will|can)\b/;

export const LABELS_EN: Record<SensitiveType, string> = {
  CREDIT_CARD: 'full card number',
  CARD_SECURITY_CODE: 'card security code (CVV/CVC/CID)',
  US_SSN: 'full Social Security number',
  OTP: 'one-time / verification code',
  CARD_PIN: 'PIN',
  PASSWORD: 'password',
};

export const LABELS_ES: Record<SensitiveType, string> = {
  CREDIT_CARD: 'número de tarjeta completo',
  CARD_SECURITY_CODE: 'código de seguridad (CVV/CVC/CID)',
  US_SSN: 'número de seguro social completo',
  OTP: 'código de un solo uso o de verificación',
  CARD_PIN: 'PIN',
  PASSWORD: 'contraseña',
};
