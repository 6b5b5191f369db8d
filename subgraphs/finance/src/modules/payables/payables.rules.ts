import { hasAnyRole, isAuthenticated, type IRules } from '@fitflow/kit';

/**
 * Who may read payables: a studio admin (the service answers NOT_FOUND for a studio they do not
 * administer) or a super admin. Trainers and clients are refused: payables are the studio's books.
 */
export const payablesRules: IRules = {
  Studio: { payables: hasAnyRole('studio_admin', 'super_admin') },
  StudioPayables: isAuthenticated,
  TrainerPayables: isAuthenticated,
  PayablesAgeing: isAuthenticated,
  MonthlyPayable: isAuthenticated,
  PayableInvoice: isAuthenticated,
};
