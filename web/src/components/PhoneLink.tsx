import '../portal.css';

/**
 * A North American number written as people read it: "+1 416-555-0142" (or "416-555-0142" without a
 * country code); anything else is shown as entered.
 */
export function formatPhone(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  const nanp = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits.length === 10 ? digits : null;
  if (!nanp) return raw.trim();
  const local = `${nanp.slice(0, 3)}-${nanp.slice(3, 6)}-${nanp.slice(6)}`;
  return digits.length === 11 ? `+1 ${local}` : local;
}

/** A phone number as a `tel:` link that never wraps mid-number. */
export function PhoneLink({ phone }: { phone: string }) {
  const dial = phone.replace(/[^\d+]/g, '');
  return (
    <a className="phone" href={`tel:${dial}`}>
      {formatPhone(phone)}
    </a>
  );
}
