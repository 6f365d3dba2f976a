import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { resultMessage, subscribeAnswer } from './result';

describe('what a reader is told after signing up', () => {
  it('names each wrong field in the site’s language, beside the field and in the summary', () => {
    const answer = subscribeAnswer(
      { status: 'invalid', errors: { email: 'invalid', consent: 'missing' } },
      translator('pt_PT'),
    );
    expect(answer.fieldErrors).toEqual({
      email: 'Escreva um endereço de email como nome@exemplo.pt.',
      consent: 'Marque a caixa para aceitar receber os nossos emails.',
    });
    expect(answer.message).toBe(
      'Verifique o formulário: Escreva um endereço de email como nome@exemplo.pt. Marque a caixa para aceitar receber os nossos emails.',
    );
    expect(answer.status).toBe('invalid');
  });

  it('says how long to wait in whole minutes, with the language’s plural forms', () => {
    const wait = (seconds: number, language: string) =>
      resultMessage({ status: 'rate-limited', retryAfterSeconds: seconds }, translator(language));
    expect(wait(30, 'en')).toBe('Too many attempts. Please try again in a minute.');
    expect(wait(61, 'en')).toBe('Too many attempts. Please try again in 2 minutes.');
    expect(wait(120, 'ar')).toBe('محاولات كثيرة جدًا. حاول مرة أخرى بعد دقيقتين.');
    expect(wait(300, 'ar')).toBe('محاولات كثيرة جدًا. حاول مرة أخرى بعد 5 دقائق.');
    expect(wait(3600, 'pt-PT')).toBe('Demasiadas tentativas. Tente de novo daqui a 60 minutos.');
  });

  it('has no field errors for any other result', () => {
    expect(subscribeAnswer({ status: 'pending' }, translator('en'))).toEqual({
      status: 'pending',
      message: 'Almost done: we have sent you an email. Open the link in it to confirm your subscription.',
      fieldErrors: {},
    });
  });
});
