/**
 * Telling when two people may be one: the same email (case aside) or the same phone number
 * (its digits, a leading US country code 1 aside: "(614) 555-0142" is "+1 614.555.0142").
 * A match is only ever reported, never acted on: the person decides.
 */

export type ContactField = 'email' | 'phone';

export interface Contact {
  email?: string | undefined;
  phone?: string | undefined;
}

/** The email as compared: trimmed and lower-cased; null when there is none. */
export function emailKey(email: string | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e ? e : null;
}

/** The phone as compared: its digits without a leading 1 of eleven; null under seven digits. */
export function phoneKey(phone: string | undefined): string | null {
  const d = (phone ?? '').replace(/\D/g, '');
  const national = d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
  return national.length >= 7 ? national : null;
}

function keysOf(c: Contact): { by: ContactField; key: string }[] {
  const email = emailKey(c.email);
  const phone = phoneKey(c.phone);
  return [
    ...(email ? [{ by: 'email' as const, key: `email:${email}` }] : []),
    ...(phone ? [{ by: 'phone' as const, key: `phone:${phone}` }] : []),
  ];
}

/** An index of people by their contact details, to find who shares an email or a phone. */
export function contactIndex<O>() {
  const byKey = new Map<string, O[]>();
  return {
    add(contact: Contact, owner: O): void {
      for (const { key } of keysOf(contact)) byKey.set(key, [...(byKey.get(key) ?? []), owner]);
    },
    /** Everyone already added who shares the email or the phone, with what they share. */
    find(contact: Contact): { by: ContactField; owner: O }[] {
      return keysOf(contact).flatMap(({ by, key }) =>
        (byKey.get(key) ?? []).map((owner) => ({ by, owner })),
      );
    },
  };
}
