/**
 * Dates, numbers and money through Intl in the site's language and the project's currency. Dates
 * are calendar days, formatted in UTC so the machine's time zone cannot shift them.
 */
export function createFormatter(locale: string, currency: string) {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    date: (value: string) => date.format(new Date(`${value}T00:00:00Z`)),
    number: (value: number) => number.format(value),
    money: (value: number) => money.format(value),
    percent: (ratio: number) => percent.format(ratio),
  };
}

export type Formatter = ReturnType<typeof createFormatter>;
