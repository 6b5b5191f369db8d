import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../__generated__';
import type { CreateClientInput } from '../__generated__/graphql';
import { ErrorMessage } from './StateViews';
import { browserTimeZone, todayIn } from '../lib/time';

const NewClientFormMutation = graphql(`
  mutation NewClientFormMutation($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      displayName
    }
  }
`);

type Field = 'firstName' | 'lastName' | 'email' | 'phone' | 'dateOfBirth';
const LABELS: Record<Field, string> = { firstName: 'First name', lastName: 'Last name', email: 'Email', phone: 'Phone', dateOfBirth: 'Date of birth' };

/** The same rules the API applies, checked before sending (the server's answer is still shown). */
export function validateClient(values: Record<Field, string>, today = todayIn(browserTimeZone())) {
  const problems: Partial<Record<Field, string>> = {};
  for (const field of ['firstName', 'lastName'] as const) {
    const value = values[field].trim();
    if (!value) problems[field] = `${LABELS[field]} is required.`;
    else if (value.length > 100) problems[field] = `${LABELS[field]} must be at most 100 characters.`;
  }
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) problems.email = 'Enter an email address like name@example.com.';
  if (values.phone && !/^\+?[0-9 ()-]{7,20}$/.test(values.phone.trim())) problems.phone = 'Enter a phone number like +1-416-555-0140.';
  if (values.dateOfBirth && !(values.dateOfBirth < today)) problems.dateOfBirth = 'Date of birth must be in the past.';
  return problems;
}

export function NewClientForm({ onCancel }: { onCancel(): void }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({ firstName: '', lastName: '', email: '', phone: '', dateOfBirth: '' });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [create, { loading, error }] = useMutation(NewClientFormMutation, { refetchQueries: ['ClientsRouteQuery'] });
  const baseId = useId();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateClient(values);
    setProblems(found);
    if (Object.keys(found).length) return;
    const input: CreateClientInput = { firstName: values.firstName.trim(), lastName: values.lastName.trim() };
    if (values.email) input.email = values.email.trim();
    if (values.phone) input.phone = values.phone.trim();
    if (values.dateOfBirth) input.dateOfBirth = values.dateOfBirth;
    const { data } = await create({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data) navigate(`/trainer/clients/${data.createClient.id}`);
  }

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>New client</h2>
      <div className="form-grid">
        {(Object.keys(LABELS) as Field[]).map((field) => {
          const id = `${baseId}-${field}`;
          return (
            <div className="field" key={field}>
              <label htmlFor={id}>
                {LABELS[field]}
                {(field === 'firstName' || field === 'lastName') && <span aria-hidden="true"> *</span>}
              </label>
              <input
                id={id}
                type={field === 'email' ? 'email' : field === 'dateOfBirth' ? 'date' : field === 'phone' ? 'tel' : 'text'}
                value={values[field]}
                required={field === 'firstName' || field === 'lastName'}
                onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
                aria-invalid={!!problems[field]}
                aria-describedby={problems[field] ? `${id}-error` : undefined}
              />
              {problems[field] && (
                <p id={`${id}-error`} className="field-error">
                  {problems[field]}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {error && <ErrorMessage error={error} title="The client was not saved" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save client'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
