import type { Measure } from '../model/view-data.ts';

/**
 * Dates, numbers and money through Intl in the site's language and the project's currency. Dates
 * are calendar days, formatted in UTC so the machine's time zone cannot shift them.
 */
export function createFormatter(locale: string, currency: string) {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signedNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const signedMoney = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const amount = (measure: Measure, value: number) => (measure === 'cost' ? money.format(value) : number.format(value));
  return {
    date: (value: string) => date.format(new Date(`${value}T00:00:00Z`)),
    number: (value: number) => number.format(value),
    money: (value: number) => money.format(value),
    percent: (ratio: number) => percent.format(ratio),
    /** An estimate or a budget in its measure's unit: money for cost, a plain number otherwise. */
    amount,
    /** A difference to a budget, with its sign: `+€11,700`, `−3`. */
    difference: (measure: Measure, value: number) => (measure === 'cost' ? signedMoney.format(value) : signedNumber.format(value)),
  };
}

export type Formatter = ReturnType<typeof createFormatter>;
