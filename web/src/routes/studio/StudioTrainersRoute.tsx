import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { StatusBadge } from '../../components/StatusBadge';
import { formatMoney } from '../../lib/money';
import { formatDay } from '../../lib/time';
import { useStudio } from './StudioArea';

const StudioTrainersRouteQuery = graphql(`
  query StudioTrainersRouteQuery($studioId: ID!) {
    studio(id: $studioId) {
      id
      name
      contracts {
        id
        role
        status
        commissionRate
        startDate
        endDate
        classRates {
          category
          rate
        }
        trainer {
          id
          displayName
          specializations
        }
      }
    }
  }
`);

const CATEGORIES = ['GROUP', 'INDIVIDUAL', 'TRIAL'] as const;
const CATEGORY_LABEL = { GROUP: 'Group', INDIVIDUAL: 'Individual', TRIAL: 'Trial' };
const longDay = (day: string) => formatDay(day, { month: 'short', day: 'numeric', year: 'numeric' });

/** The trainers under contract at the studio, with their per-class rates. */
export function StudioTrainersRoute() {
  const { id: studioId, name } = useStudio();
  const { data, loading, error, refetch } = useQuery(StudioTrainersRouteQuery, { variables: { studioId } });
  if (!data) {
    return (
      <>
        <h1>{name} — trainers</h1>
        {loading ? <Loading label="Loading trainers…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const { studio } = data;
  return (
    <>
      <h1>{studio.name} — trainers</h1>
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      {studio.contracts.length === 0 ? (
        <Empty>No trainers under contract.</Empty>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Trainers and rates">
          <table>
            <caption className="sr-only">Trainers under contract and their rates (CAD per session, before tax)</caption>
            <thead>
              <tr>
                <th scope="col">Trainer</th>
                <th scope="col">Contract</th>
                {CATEGORIES.map((c) => (
                  <th scope="col" className="num" key={c}>
                    {CATEGORY_LABEL[c]} rate
                  </th>
                ))}
                <th scope="col" className="num">
                  Studio commission
                </th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {studio.contracts.map((contract) => (
                <tr key={contract.id}>
                  <th scope="row">
                    {contract.trainer.displayName}
                    {contract.trainer.specializations.length > 0 && <div className="muted">{contract.trainer.specializations.join(', ')}</div>}
                  </th>
                  <td>
                    {contract.role === 'EMPLOYEE' ? 'Employee' : 'Contractor'}{' '}
                    {contract.status !== 'active' && <StatusBadge status={contract.status.toUpperCase()} />}
                  </td>
                  {CATEGORIES.map((c) => {
                    const rate = contract.classRates.find((r) => r.category === c);
                    return (
                      <td className="num" key={c}>
                        {rate ? formatMoney(rate.rate) : '—'}
                      </td>
                    );
                  })}
                  <td className="num">{contract.commissionRate != null ? `${Number(contract.commissionRate)}%` : '—'}</td>
                  <td>
                    {longDay(contract.startDate)}
                    {contract.endDate && ` – ${longDay(contract.endDate)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
