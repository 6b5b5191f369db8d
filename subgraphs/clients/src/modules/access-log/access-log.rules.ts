import { chain, isAuthenticated, or, type LogicRule, type IRules } from '@fitflow/kit';
import { isClient, isPrimaryTrainerOf, isTeamTrainerOf, isTrainer } from '../../access/rules.js';

/** May read who accessed the client's record: their trainer and team admin. */
export const canAuditClient = (arg = 'clientId'): LogicRule => or(isPrimaryTrainerOf(arg), isTeamTrainerOf(arg));

/** Shield rules of the fields the access-log module defines. */
export const accessLogRules: IRules = {
  Query: {
    clientAccessLog: chain(isTrainer, canAuditClient('clientId')),
    myAccessLog: isClient,
  },
  AccessLogEntry: isAuthenticated,
  AccessLogEntryConnection: isAuthenticated,
  AccessLogEntryEdge: isAuthenticated,
};
