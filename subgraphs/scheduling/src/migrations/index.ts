import { SchedulingInit1732400000000 } from './1732400000000-scheduling-init.js';
import { SchedulingSealedNotes1733000000000 } from './1733000000000-scheduling-sealed-notes.js';
import { SchedulingWriteSide1733500000000 } from './1733500000000-scheduling-write-side.js';
import { SchedulingBookedAt1733520000000 } from './1733520000000-scheduling-booked-at.js';
import { SchedulingCalendarFeedHint1733530000000 } from './1733530000000-scheduling-calendar-feed-hint.js';
import { SchedulingCalendarEndIndex1733540000000 } from './1733540000000-scheduling-calendar-end-index.js';
import { SchedulingBillableSessions1733700300000 } from './1733700300000-scheduling-billable-sessions.js';
import { SchedulingAttendanceForFinance1733700900000 } from './1733700900000-scheduling-attendance-for-finance.js';
import { SchedulingRefusalLog1733800100004 } from './1733800100004-scheduling-refusal-log.js';
import { SchedulingAuditChain1733900000004 } from './1733900000004-scheduling-audit-chain.js';

/** Every migration of the scheduling schema, oldest first. */
export const migrations = [
  SchedulingInit1732400000000,
  SchedulingSealedNotes1733000000000,
  SchedulingWriteSide1733500000000,
  SchedulingBookedAt1733520000000,
  SchedulingCalendarFeedHint1733530000000,
  SchedulingCalendarEndIndex1733540000000,
  SchedulingBillableSessions1733700300000,
  SchedulingAttendanceForFinance1733700900000,
  SchedulingRefusalLog1733800100004,
  SchedulingAuditChain1733900000004,
];
