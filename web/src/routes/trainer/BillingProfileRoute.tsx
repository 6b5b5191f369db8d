import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { BillingProfileRouteQueryQuery, Province, UpdateBillingProfileInput } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { PROVINCE_NAMES, PROVINCES, PST_PROVINCES, pstName, type PstProvince } from '../../lib/canada';
import { fieldProblemOf, type FieldProblem } from '../../lib/forms';
import '../../books.css';

const BillingProfileRouteQuery = graphql(`
  query BillingProfileRouteQuery {
    me {
      id
      trainer {
        id
        displayName
        billingProfile {
          businessName
          address {
            street
            line2
            city
            province
            postalCode
          }
          gstHstNumber
          qstNumber
          pstNumbers {
            province
            number
          }
          invoicePrefix
        }
      }
    }
  }
`);

const UpdateBillingProfileMutation = graphql(`
  mutation UpdateBillingProfileMutation($input: UpdateBillingProfileInput!) {
    updateBillingProfile(input: $input) {
      id
      billingProfile {
        businessName
        address {
          street
          line2
          city
          province
          postalCode
        }
        gstHstNumber
        qstNumber
        pstNumbers {
          province
          number
        }
        invoicePrefix
      }
    }
  }
`);

type Profile = NonNullable<NonNullable<BillingProfileRouteQueryQuery['me']['trainer']>['billingProfile']>;

interface Values {
  businessName: string;
  street: string;
  line2: string;
  city: string;
  province: Province | '';
  postalCode: string;
  gstHstNumber: string;
  qstNumber: string;
  pst_BC: string;
  pst_SK: string;
  pst_MB: string;
  invoicePrefix: string;
}
type Field = keyof Values;

const valuesOf = (p: Profile | null): Values => ({
  businessName: p?.businessName ?? '',
  street: p?.address?.street ?? '',
  line2: p?.address?.line2 ?? '',
  city: p?.address?.city ?? '',
  province: p?.address?.province ?? '',
  postalCode: p?.address?.postalCode ?? '',
  gstHstNumber: p?.gstHstNumber ?? '',
  qstNumber: p?.qstNumber ?? '',
  pst_BC: p?.pstNumbers.find((n) => n.province === 'BC')?.number ?? '',
  pst_SK: p?.pstNumbers.find((n) => n.province === 'SK')?.number ?? '',
  pst_MB: p?.pstNumbers.find((n) => n.province === 'MB')?.number ?? '',
  invoicePrefix: p?.invoicePrefix ?? '',
});

const ADDRESS_FIELDS = ['street', 'line2', 'city', 'province', 'postalCode'] as const;
const pstField = (p: PstProvince) => `pst_${p}` as const;

/** The API's input from the form: every field given (blank clears it), the PST/RST numbers in BC, SK, MB order. */
export function billingInputOf(v: Values): { input: UpdateBillingProfileInput; pstOrder: PstProvince[] } {
  const blank = (text: string) => text.trim() || null;
  const hasAddress = ADDRESS_FIELDS.some((f) => v[f].trim());
  const pstOrder = PST_PROVINCES.filter((p) => v[pstField(p)].trim());
  return {
    input: {
      businessName: blank(v.businessName),
      address: hasAddress ? { street: v.street, line2: blank(v.line2), city: v.city, province: v.province as Province, postalCode: v.postalCode } : null,
      gstHstNumber: blank(v.gstHstNumber),
      qstNumber: blank(v.qstNumber),
      pstNumbers: pstOrder.map((province) => ({ province, number: v[pstField(province)].trim() })),
      invoicePrefix: blank(v.invoicePrefix),
    },
    pstOrder,
  };
}

/** The form field an API field names: `address.postalCode` → postalCode, `pstNumbers[1].number` → the second province sent. */
export function formFieldOf(apiField: string, pstOrder: readonly PstProvince[]): Field | null {
  const address = /^address\.(street|line2|city|province|postalCode)$/.exec(apiField);
  if (address) return address[1] as Field;
  const pst = /^pstNumbers\[(\d+)\]/.exec(apiField);
  if (pst) return pstOrder[Number(pst[1])] ? pstField(pstOrder[Number(pst[1])]) : null;
  return (['businessName', 'gstHstNumber', 'qstNumber', 'invoicePrefix'] as const).find((f) => f === apiField) ?? null;
}

/**
 * What the trainer's invoices say about them (`Trainer.billingProfile`): business name and address,
 * GST/HST, QST and PST/RST registration numbers, invoice number prefix. The API checks each (a GST/HST
 * number's check digit, a postal code of the province…) and its message shows beside the field; nothing
 * is saved unless all of it is valid.
 */
export function BillingProfileRoute() {
  const { data, loading, error, refetch } = useQuery(BillingProfileRouteQuery);
  const head = (
    <>
      <h1>Billing profile</h1>
      <p className="lede">What your invoices say about you. Issued invoices keep what they said when they were issued; changes apply to the next ones.</p>
    </>
  );
  if (!data) {
    return (
      <>
        {head}
        {loading ? <Loading label="Loading your billing profile…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const trainer = data.me.trainer;
  return (
    <>
      {head}
      {!trainer ? <Empty>Your account has no trainer profile.</Empty> : <BillingProfileForm key={trainer.id} profile={trainer.billingProfile ?? null} />}
    </>
  );
}

function BillingProfileForm({ profile }: { profile: Profile | null }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Values>(() => valuesOf(profile));
  const [problem, setProblem] = useState<(FieldProblem & { formField: Field | null }) | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateBillingProfileMutation);

  useEffect(() => {
    if (problem?.formField) form.current?.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${problem.formField}`)}`)?.focus();
  }, [problem, id]);

  const set = (key: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [key]: e.target.value }));
    setSaved(false);
    if (problem?.formField === key) setProblem(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    const { input, pstOrder } = billingInputOf(values);
    if (input.address && !values.province) {
      setProblem({ field: 'address.province', formField: 'province', message: 'Choose the province or territory of the address.' });
      return;
    }
    try {
      const done = await update({ variables: { input } });
      const after = done.data?.updateBillingProfile.billingProfile;
      if (after) {
        setValues(valuesOf(after));
        setSaved(true);
      }
    } catch (failure) {
      const found = fieldProblemOf(failure, LABELS);
      if (found) setProblem({ ...found, formField: formFieldOf(found.field, pstOrder) });
    }
  }

  const messageOf = (name: Field) => (problem?.formField === name ? problem.message : undefined);
  const field = (name: Field) => ({
    id: `${id}-${name}`,
    name,
    value: values[name],
    onChange: set(name),
    'aria-invalid': !!messageOf(name),
    'aria-describedby': [messageOf(name) && `${id}-${name}-error`, HINTS[name] && `${id}-${name}-hint`].filter(Boolean).join(' ') || undefined,
  });
  const below = (name: Field) => (
    <>
      {messageOf(name) && (
        <p id={`${id}-${name}-error`} className="field-error">
          {messageOf(name)}
        </p>
      )}
      {HINTS[name] && (
        <p id={`${id}-${name}-hint`} className="hint">
          {HINTS[name]}
        </p>
      )}
    </>
  );
  const prefix = values.invoicePrefix.trim().toUpperCase() || profile?.invoicePrefix || 'MC';

  return (
    <form ref={form} className="form billing-profile" onSubmit={onSubmit} noValidate aria-label="Billing profile">
      <section className="card" aria-labelledby={`${id}-business`}>
        <h2 id={`${id}-business`}>Business</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-businessName`}>Business name (optional)</label>
            <input autoComplete="organization" maxLength={255} {...field('businessName')} />
            {below('businessName')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-invoicePrefix`}>Invoice number prefix</label>
            <input maxLength={6} autoCapitalize="characters" {...field('invoicePrefix')} />
            {below('invoicePrefix')}
            <p className="hint">
              Numbers look like {prefix}-{new Date().getFullYear()}-0001. Leave it blank for your initials.
            </p>
          </div>
        </div>
      </section>
      <section className="card" aria-labelledby={`${id}-address`}>
        <h2 id={`${id}-address`}>Business address</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-street`}>Street</label>
            <input autoComplete="address-line1" maxLength={200} {...field('street')} />
            {below('street')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-line2`}>Suite, unit (optional)</label>
            <input autoComplete="address-line2" maxLength={200} {...field('line2')} />
            {below('line2')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-city`}>City</label>
            <input autoComplete="address-level2" maxLength={100} {...field('city')} />
            {below('city')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-province`}>Province or territory</label>
            <select {...field('province')}>
              <option value="">Choose…</option>
              {PROVINCES.map((p) => (
                <option key={p} value={p}>
                  {PROVINCE_NAMES[p]}
                </option>
              ))}
            </select>
            {below('province')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-postalCode`}>Postal code</label>
            <input autoComplete="postal-code" maxLength={7} {...field('postalCode')} />
            {below('postalCode')}
          </div>
        </div>
      </section>
      <section className="card" aria-labelledby={`${id}-registrations`}>
        <h2 id={`${id}-registrations`}>Sales tax registrations</h2>
        <p className="muted">
          Leave a number blank if you are not registered for that tax: without a GST/HST number you are a small supplier and your invoices charge no GST/HST.
        </p>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-gstHstNumber`}>GST/HST number</label>
            <input autoComplete="off" spellCheck={false} {...field('gstHstNumber')} />
            {below('gstHstNumber')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-qstNumber`}>QST number (Quebec)</label>
            <input autoComplete="off" spellCheck={false} {...field('qstNumber')} />
            {below('qstNumber')}
          </div>
        </div>
        <div className="form-grid">
          {PST_PROVINCES.map((p) => (
            <div className="field" key={p}>
              <label htmlFor={`${id}-${pstField(p)}`}>
                {PROVINCE_NAMES[p]} {pstName(p)} number
              </label>
              <input autoComplete="off" spellCheck={false} {...field(pstField(p))} />
              {below(pstField(p))}
            </div>
          ))}
        </div>
      </section>
      {error && !problem?.formField && <ErrorMessage error={error} title="The billing profile was not saved" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save billing profile'}
        </button>
        <span role="status" className={saved ? 'notice success' : 'sr-only'}>
          {saved ? 'Billing profile saved. Your next invoices will show it.' : ''}
        </span>
      </div>
    </form>
  );
}

/** The API's field names as this form labels them (lib/forms.ts `withLabels`). */
const LABELS: Record<string, string> = {
  businessName: 'the business name',
  gstHstNumber: 'the GST/HST number',
  qstNumber: 'the QST number',
  invoicePrefix: 'the invoice prefix',
};

/** Formats, under each field. */
const HINTS: Partial<Record<Field, string>> = {
  gstHstNumber: 'Nine digits, RT and four digits, e.g. 123456782 RT0001.',
  qstNumber: 'Ten digits, TQ and four digits, e.g. 1234567890 TQ0001.',
  pst_BC: 'e.g. PST-1234-5678',
  pst_SK: 'Seven digits, e.g. 1234567',
  pst_MB: 'e.g. 123456-7',
  postalCode: 'e.g. M5V 3A8',
};
