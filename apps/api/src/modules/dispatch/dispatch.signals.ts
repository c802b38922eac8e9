/**
 * The signal dispatch raises when an assignment completes (key = work order id), handled before COMMIT by
 * whichever module registered for it: the work-orders module completes the work order when nothing is left (its
 * status rule). Dispatch declares it, so a missing handler stops the app at start. (An assignment's start moves
 * its work order inside the step's own statement: `WorkOrderLookup.start`.)
 */
export const ASSIGNMENT_COMPLETED = 'dispatch.assignment-completed';
