/**
 * Signals dispatch raises about a work order's assignments (key = work order id), handled before COMMIT by
 * whichever module registered for them: the work-orders module moves the work order along (its status rule).
 * Dispatch declares them, so a missing handler stops the app at start.
 */
export const ASSIGNMENT_STARTED = 'dispatch.assignment-started';
export const ASSIGNMENT_COMPLETED = 'dispatch.assignment-completed';
