import type { TFunction } from 'i18next';

/** Option labels belong to the residents feature: `residents.options.<list>.<code>`. */
export function exitDestinationLabel(t: TFunction, code: string): string {
  return t(`residents.options.exitDestinations.${code}`);
}
