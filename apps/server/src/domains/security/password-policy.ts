import { AppError } from '../../platform/errors.ts';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * A small built-in list of the passwords (and password stems) found at the top of every breach list.
 * A password is refused when it is one of them once case, spaces and the digits and symbols around it
 * are dropped ("Password123!", "qwerty 2024", "123456789012" all fail).
 */
const COMMON_STEMS = new Set([
  '',
  'password',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'passwordpassword',
  'qwerty',
  'qwertyuiop',
  'qwertyuiopasdf',
  'asdfghjkl',
  'asdfghjkl;',
  'zxcvbnm',
  'qazwsx',
  'qazwsxedc',
  'qazwsxedcrfv',
  'wsxedc',
  'abc',
  'abcdef',
  'abcdefg',
  'abcdefgh',
  'abcdefghijkl',
  'abcdefghijklmnop',
  'abcabcabcabc',
  'iloveyou',
  'letmein',
  'letmeinnow',
  'welcome',
  'welcomehome',
  'admin',
  'administrator',
  'changeme',
  'changemenow',
  'default',
  'secret',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'basketball',
  'superman',
  'batman',
  'master',
  'shadow',
  'starwars',
  'trustno',
  'whatever',
  'freedom',
  'login',
  'access',
  'mustang',
  'michael',
  'jennifer',
  'jordan',
  'hello',
  'helloworld',
  'charlie',
  'computer',
  'internet',
  'summer',
  'winter',
  'spring',
  'autumn',
  'january',
  'september',
  'clearline',
  'creditcard',
  'mastercard',
  'americanexpress',
  'amex',
  'visa',
  'bank',
  'banking',
  'customer',
  'service',
  'customerservice',
  'support',
  'agent',
  'supervisor',
  'test',
  'testtest',
  'testing',
  'temp',
  'temporary',
  'guest',
  'user',
  'username',
  'correcthorsebatterystaple',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'q1w2e3r4t5y6',
  'zaq12wsx',
  'a1b2c3d4e5f6',
]);

function stem(password: string): string {
  return password
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^[^a-z]+|[^a-z]+$/g, '');
}

/** The reason a password breaks the policy, or null when it meets it. */
export function passwordProblem(password: string, email: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  const lower = password.toLowerCase();
  if (COMMON_STEMS.has(stem(password)) || COMMON_STEMS.has(lower.replace(/\s+/g, '')))
    return 'The password is too common; choose a longer passphrase of unrelated words.';
  if (new Set(lower).size < 4) return 'The password repeats too few different characters.';
  const local = email.toLowerCase().split('@')[0] ?? '';
  const parts = [local, ...local.split(/[._+-]+/).filter((p) => p.length >= 4)].filter((p) => p.length >= 3);
  if (parts.some((p) => lower.includes(p)))
    return 'The password must not contain the name in the e-mail address.';
  return null;
}

/** Throws PASSWORD_TOO_WEAK with the reason when a password breaks the policy. */
export function assertPasswordPolicy(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError('PASSWORD_TOO_WEAK', problem);
}
