import { describe, expect, it } from 'vitest';
import { checkConsultRequest } from '../consult-schema.js';
import { CONSULT_MESSAGES, normaliseEmail, normalisePhone } from '../consult.js';

const valid = {
  name: '  Sample Person ',
  phone: '(555) 010-0199',
  email: '',
  preferredContact: 'phone',
  bestTime: 'morning',
  message: '',
  consent: true,
  formToken: 'token',
  homepage: '',
};

const problemsOf = (data: unknown) => {
  const result = checkConsultRequest(data);
  return result.ok ? [] : result.problems;
};

describe('checkConsultRequest', () => {
  it('accepts a request with one way to reach the person, trimmed, blanks as null', () => {
    const result = checkConsultRequest(valid);
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Sample Person',
        phone: '(555) 010-0199',
        email: null,
        preferredContact: 'phone',
        bestTime: 'morning',
        message: null,
        consent: true,
        formToken: 'token',
        honeypotFilled: false,
      },
    });
  });

  it('reports every problem at once, one per field, the cross-field ones too', () => {
    const problems = problemsOf({ ...valid, name: '', phone: '', consent: false, bestTime: 'noon' });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ['name'], message: CONSULT_MESSAGES.required },
        { path: ['consent'], message: CONSULT_MESSAGES.consent },
        { path: ['bestTime'], message: CONSULT_MESSAGES.bestTime },
        { path: ['phone'], message: CONSULT_MESSAGES.contactMissing },
        { path: ['email'], message: CONSULT_MESSAGES.contactMissing },
      ]),
    );
    expect(new Set(problems.map((problem) => problem.path.join('.'))).size).toBe(problems.length);
  });

  it('asks for the contact the person prefers when only the other is given', () => {
    expect(problemsOf({ ...valid, preferredContact: 'email' })).toEqual([
      { path: ['email'], message: CONSULT_MESSAGES.preferredMissing('email') },
    ]);
  });

  it('refuses every key it does not know, by name', () => {
    expect(problemsOf({ ...valid, status: 'closed', staffNote: 'x' })).toEqual([
      { path: ['status'], message: CONSULT_MESSAGES.notAccepted },
      { path: ['staffNote'], message: CONSULT_MESSAGES.notAccepted },
    ]);
  });

  it('counts characters as a person does and stops at 2,000', () => {
    expect(problemsOf({ ...valid, message: '😀'.repeat(2000) })).toEqual([]);
    expect(problemsOf({ ...valid, message: '😀'.repeat(2001) })).toEqual([
      { path: ['message'], message: CONSULT_MESSAGES.tooLong(2000, 2001) },
    ]);
  });

  it('answers anything that is not an object with a problem, never a crash', () => {
    for (const input of [null, undefined, [valid], 'text', 42]) {
      expect(checkConsultRequest(input).ok).toBe(false);
    }
  });

  it('tells a filled-in honeypot apart, without refusing the request', () => {
    const result = checkConsultRequest({ ...valid, homepage: 'https://spam.example' });
    expect(result.ok && result.value.honeypotFilled).toBe(true);
  });

  it('refuses a phone without enough digits and a malformed email', () => {
    expect(problemsOf({ ...valid, phone: '12-34' })).toEqual([{ path: ['phone'], message: CONSULT_MESSAGES.phone }]);
    expect(problemsOf({ ...valid, email: 'a@b' }).map((problem) => problem.path[0])).toEqual(['email']);
  });
});

describe('normalising contact details', () => {
  it('compares an email address in lower case and a phone number by its digits', () => {
    expect(normaliseEmail(' Sample@Example.COM ')).toBe('sample@example.com');
    expect(normalisePhone('+1 (555) 010-0199')).toBe(normalisePhone('555.010.0199'));
    expect(normalisePhone('+44 20 7946 0000')).toBe('442079460000');
  });
});
